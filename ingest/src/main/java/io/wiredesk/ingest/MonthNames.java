package io.wiredesk.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Month names and common abbreviations in English, German, French, Spanish, Italian, Portuguese and Dutch. */
final class MonthNames {
    private static final String[][] NAMES = {
        {"january", "januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "januari", "jan", "jän", "janv", "ene", "genn"},
        {"february", "februar", "feber", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari", "feb", "févr", "fev",
            "fév", "febr"},
        {"march", "märz", "maerz", "mars", "marzo", "março", "maart", "mar", "mär", "mrz", "mrt"},
        {"april", "avril", "abril", "aprile", "apr", "avr", "abr"},
        {"may", "mai", "mayo", "maggio", "maio", "mei", "mag"},
        {"june", "juni", "juin", "junio", "giugno", "junho", "jun", "giu"},
        {"july", "juli", "juillet", "julio", "luglio", "julho", "jul", "juil", "lug"},
        {"august", "août", "aout", "agosto", "augustus", "aug", "ago"},
        {"september", "septembre", "septiembre", "settembre", "setembro", "sep", "sept", "set"},
        {"october", "oktober", "octobre", "octubre", "ottobre", "outubro", "oct", "okt", "ott", "out"},
        {"november", "novembre", "noviembre", "novembro", "nov"},
        {"december", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "dec", "dez", "déc", "dic"},
    };
    private static final Map<String, Integer> NUMBERS = new HashMap<>();

    static {
        for (int i = 0; i < NAMES.length; i++) {
            for (String n : NAMES[i]) {
                NUMBERS.put(n, i + 1);
            }
        }
    }

    private MonthNames() {
    }

    /** 1-12 for a month name or abbreviation (any case), else empty. */
    static Optional<Integer> number(String word) {
        return Optional.ofNullable(NUMBERS.get(word.toLowerCase(Locale.ROOT)));
    }
}
