package io.wiredesk.ingest;

import java.util.List;
import java.util.Locale;

/** A cheap language guess: the dominant script, then function words for Latin script. "und" when unsure. */
public final class LanguageGuess {
    public static final String UNDETERMINED = "und";
    private static final int SAMPLE_CHARS = 20_000;

    private LanguageGuess() {
    }

    /** The start of a text, as long as the guess reads: guessing on {@code head + sample(text)} reads no less. */
    public static String sample(String text) {
        return text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    }

    public static String of(String text) {
        if (text == null || text.isBlank()) {
            return UNDETERMINED;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        int latin = 0, hangul = 0, han = 0, kana = 0, cyrillic = 0, ukrainian = 0, arabic = 0, greek = 0, hebrew = 0,
                thai = 0, devanagari = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.charAt(i);
            if (cp < 0x80) {
                i++;
                if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
                    latin++;
                }
                continue;
            }
            cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case LATIN -> latin++;
                case HANGUL -> hangul++;
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case CYRILLIC -> {
                    cyrillic++;
                    if ("іїєґІЇЄҐ".indexOf(cp) >= 0) {
                        ukrainian++;
                    }
                }
                case ARABIC -> arabic++;
                case GREEK -> greek++;
                case HEBREW -> hebrew++;
                case THAI -> thai++;
                case DEVANAGARI -> devanagari++;
                default -> { }
            }
        }
        int nonLatinMax = Math.max(Math.max(Math.max(hangul, han + kana), Math.max(cyrillic, arabic)),
                Math.max(Math.max(greek, hebrew), Math.max(thai, devanagari)));
        // Latin letters come ~5 per word, CJK ~1.5 per word: weigh so a Korean text with English names stays Korean
        if (nonLatinMax * 3 >= latin && nonLatinMax > 0) {
            if (hangul == nonLatinMax) {
                return "ko";
            }
            if (han + kana == nonLatinMax) {
                return kana > 0 ? "ja" : "zh";
            }
            if (cyrillic == nonLatinMax) {
                return ukrainian > 0 ? "uk" : "ru";
            }
            if (arabic == nonLatinMax) {
                return "ar";
            }
            if (greek == nonLatinMax) {
                return "el";
            }
            if (hebrew == nonLatinMax) {
                return "he";
            }
            return thai == nonLatinMax ? "th" : "hi";
        }
        return latinLanguage(sample);
    }

    /** The language whose function words the text's words hold most (words as {@code Tokens.lowerWords} cuts them). */
    private static String latinLanguage(String text) {
        List<String> order = StopWords.ORDER;
        int[] counts = new int[order.size()];
        int words = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!TextScan.isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                cp = text.codePointAt(i);
                if (TextScan.isWordChar(cp)) {
                    i += Character.charCount(cp);
                } else if ((cp == '\'' || cp == '\u2019') && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                    i += 1;
                } else {
                    break;
                }
            }
            words++;
            if (i - start <= StopWords.MAX_LENGTH) {
                Integer bits = StopWords.LANGUAGE_BITS.get(text.substring(start, i).toLowerCase(Locale.ROOT));
                if (bits != null) {
                    for (int l = 0; l < counts.length; l++) {
                        if ((bits & (1 << l)) != 0) {
                            counts[l]++;
                        }
                    }
                }
            }
        }
        String best = UNDETERMINED;
        int bestCount = 0;
        for (int l = 0; l < counts.length; l++) {
            if (counts[l] > bestCount) {
                best = order.get(l);
                bestCount = counts[l];
            }
        }
        return bestCount >= 2 || (bestCount == 1 && words < 6) ? best : UNDETERMINED;
    }

    /** "en-US" / "en_GB" / "ko-KR" -> "en" / "en" / "ko"; null for blanks. */
    public static String primaryTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String t = tag.trim().toLowerCase(Locale.ROOT).split("[-_,;\\s]")[0];
        return t.matches("[a-z]{2,3}") ? t : null;
    }
}
