package app.debrief.practice;

/** Answers to the batch-inference prompt whose levels the checker's tests rely on. */
public final class BatchAnswers {

    /** Develops the job API, the scheduling and the enterprise terms; only names failures; never says what serving costs. */
    public static final String NO_UNIT_ECONOMICS = """
            Developers upload a JSONL file with one request per line and their own custom_id, and get a job id back; they poll \
            the job status and download the results file when it completes, because nobody should hold a connection open for hours.

            Batch work fills idle GPU capacity overnight: the scheduler drains the batch queue only when real-time load leaves \
            spare GPUs, and preempts batch requests within seconds when traffic rises, so real-time p95 latency is untouched.

            Failures are counted per request, not per job: a request that fails lands in an error file with its custom_id and \
            the reason, so the developer resubmits only those lines, and retries are safe because ids are idempotent.

            Enterprises get an SLA on the completion window, 99% of jobs within 24 hours, with retention of the uploaded files \
            for 7 days and deletion on request, because banks must pass a security review.""";

    public static final String THE_MATHS = "At an assumed $2.50 per H100-hour and 5,000 tokens per second in large batches, one GPU serves "
            + "18 million tokens an hour, so a million tokens costs us about $0.14 to serve; at $0.30 the margin left is about 54%, "
            + "because the overnight capacity would otherwise sit idle.";

    private BatchAnswers() {
    }
}
