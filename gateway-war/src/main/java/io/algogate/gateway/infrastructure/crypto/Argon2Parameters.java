package io.algogate.gateway.infrastructure.crypto;

/**
 * Argon2id's cost: memory in KiB, iterations (t) and lanes (p). A hash made with any of them below
 * the configured value is weaker and gets replaced at the next successful login.
 */
public record Argon2Parameters(int memoryKib, int iterations, int parallelism) {

    /** OWASP's minimum for Argon2id: 19 MiB, 2 iterations, 1 lane. Production never goes below it. */
    public static final Argon2Parameters OWASP_MINIMUM = new Argon2Parameters(19_456, 2, 1);

    public Argon2Parameters {
        if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
            // Argon2 itself needs 8 KiB per lane and at least one pass and lane.
            throw new IllegalArgumentException("Not valid Argon2 parameters: m=" + memoryKib + ", t="
                    + iterations + ", p=" + parallelism);
        }
    }

    /** Whether any of memory, iterations or lanes falls short of the wanted parameters. */
    public boolean weakerThan(Argon2Parameters wanted) {
        return memoryKib < wanted.memoryKib || iterations < wanted.iterations || parallelism < wanted.parallelism;
    }
}
