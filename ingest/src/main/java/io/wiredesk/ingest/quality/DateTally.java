package io.wiredesk.ingest.quality;

/**
 * Exact-day date scores as htmldate's comparison reports them: per page a correct day is a true positive, a wrong
 * day a false positive, no day a false negative; accuracy = correct / pages.
 */
public final class DateTally {
    private int correct;
    private int wrong;
    private int missing;

    /** Counts one page: {@code found} is the extracted yyyy-MM-dd (or a longer ISO value), or null. */
    public void add(String found, String expected) {
        if (found == null || found.length() < 10) {
            missing++;
        } else if (found.substring(0, 10).equals(expected)) {
            correct++;
        } else {
            wrong++;
        }
    }

    public int pages() {
        return correct + wrong + missing;
    }

    public int correct() {
        return correct;
    }

    public int wrong() {
        return wrong;
    }

    public int missing() {
        return missing;
    }

    public double accuracy() {
        return pages() == 0 ? 0 : (double) correct / pages();
    }

    public double precision() {
        return correct + wrong == 0 ? 0 : (double) correct / (correct + wrong);
    }

    public double recall() {
        return correct + missing == 0 ? 0 : (double) correct / (correct + missing);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
