package io.wiredesk.dedupe;

import java.util.Set;

/**
 * English function words and the reporting verbs every news text uses: they say nothing about which event a
 * text reports. Fixed, not learnt from the stream, so that a pair's score never depends on what else arrived.
 */
final class Stopwords {
    static final Set<String> ENGLISH = Set.of((
            "a about above across after afterwards again against all almost along already also although always am among an and "
            + "another any anyone anything are around as at back be became because become been before being below beside besides "
            + "between beyond both but by can cannot could did do does doing done down during each either else elsewhere enough "
            + "even ever every everyone everything few first for former formerly from further had has have having he hence her "
            + "here hers herself him himself his how however i if in indeed into is it its itself just last latter least less "
            + "made make many may me meanwhile might mine more moreover most mostly much must my myself neither never "
            + "nevertheless next no nobody none nor not nothing now of off often on once one only onto or other others otherwise "
            + "our ours ourselves out over own per perhaps rather same second several she should since so some somehow someone "
            + "something sometime sometimes still such than that the their theirs them themselves then there thereafter thereby "
            + "therefore these they third this those though through throughout thus to together too toward towards two under "
            + "until up upon us very via was we well were what whatever when whence whenever where whereas whether which while "
            + "who whoever whole whom whose why will with within without would yet you your yours yourself yourselves "
            + "said says say saying told tell tells according added adding noted noting stated reported reports reporting "
            + "news today yesterday tomorrow week weeks month months year years day days time times mr mrs ms dr "
            + "monday tuesday wednesday thursday friday saturday sunday january february march april june july august "
            + "september october november december jan feb mar apr jun jul aug sep sept oct nov dec").split(" "));

    private Stopwords() {
    }
}
