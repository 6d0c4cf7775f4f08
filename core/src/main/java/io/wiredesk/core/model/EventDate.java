package io.wiredesk.core.model;

/** A day the article says something happened: the ISO date, the phrase it came from and where. */
public record EventDate(String date, String phrase, int start, int end) {
}
