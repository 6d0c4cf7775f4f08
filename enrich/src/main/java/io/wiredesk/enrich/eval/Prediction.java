package io.wiredesk.enrich.eval;

/** A linked mention the system predicts: span [start, end) and Wikidata id. */
public record Prediction(int start, int end, String qid) {
}
