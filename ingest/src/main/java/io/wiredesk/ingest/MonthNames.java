package io.wiredesk.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Month names and common abbreviations in English, German, French, Spanish, Italian, Portuguese, Dutch, the
 * Scandinavian languages, Polish, Czech, Russian, Ukrainian, Romanian, Hungarian, Turkish and Arabic (Egyptian and
 * Levantine names), in the forms dates use (Slavic genitives: "15 августа 2016", "3 października 2020").
 */
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
    private static final String[][] MORE_NAMES = {
        {"januar", "januari", "jaanuar", "stycznia", "styczeń", "ledna", "leden", "января", "январь", "січня", "ianuarie", "január", "ocak", "يناير"},
        {"februar", "februari", "lutego", "luty", "února", "únor", "февраля", "февраль", "лютого", "februarie", "február", "şubat", "subat", "فبراير", "شباط"},
        {"mars", "marts", "marca", "marzec", "března", "březen", "марта", "март", "березня", "martie", "március", "mart", "مارس", "آذار"},
        {"april", "kwietnia", "kwiecień", "dubna", "duben", "апреля", "апрель", "квітня", "aprilie", "április", "nisan", "أبريل", "ابريل", "إبريل", "نيسان"},
        {"maj", "mai", "maja", "května", "květen", "мая", "май", "травня", "május", "mayıs", "mayis", "مايو", "أيار"},
        {"juni", "czerwca", "czerwiec", "června", "červen", "июня", "июнь", "червня", "iunie", "június", "haziran", "يونيو", "حزيران"},
        {"juli", "lipca", "lipiec", "července", "červenec", "июля", "июль", "липня", "iulie", "július", "temmuz", "يوليو", "تموز"},
        {"augusti", "sierpnia", "sierpień", "srpna", "srpen", "августа", "август", "серпня", "augusztus", "ağustos", "agustos", "أغسطس", "آب"},
        {"september", "września", "wrzesień", "září", "сентября", "сентябрь", "вересня", "septembrie", "szeptember", "eylül", "eylul", "سبتمبر", "أيلول"},
        {"oktober", "października", "październik", "října", "říjen", "октября", "октябрь", "жовтня", "octombrie", "október", "ekim", "أكتوبر", "اكتوبر"},
        {"november", "listopada", "listopad", "listopadu", "ноября", "ноябрь", "листопада", "noiembrie", "kasım", "kasim", "نوفمبر"},
        {"december", "desember", "grudnia", "grudzień", "prosince", "prosinec", "декабря", "декабрь", "грудня", "decembrie", "aralık", "aralik", "ديسمبر"},
    };
    private static final Map<String, Integer> NUMBERS = new HashMap<>();

    static {
        for (String[][] table : new String[][][] {NAMES, MORE_NAMES}) {
            for (int i = 0; i < table.length; i++) {
                for (String n : table[i]) {
                    NUMBERS.putIfAbsent(n, i + 1);
                }
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
