package org.samklang.core.internal.store;

/**
 * How hard a commit pushes data to the disk before the engine acknowledges it.
 * <p>
 * In WAL mode a commit appends the transaction to the write-ahead log with write() before it returns. A killed
 * process cannot undo a completed write(): the OS page cache still holds it and writes it out. So
 * {@link #PROCESS_CRASH_SAFE} (synchronous=NORMAL) keeps every acknowledged change through a process crash or kill
 * and fsyncs only at checkpoints; {@link #POWER_LOSS_SAFE} (synchronous=FULL) adds an fsync of the log on every
 * commit, which also survives an OS crash or power cut. With group commit the fsync is paid once per batch.
 */
public enum Durability {

    /** synchronous=NORMAL: survives process crashes and kills; may lose the last commits on power loss. */
    PROCESS_CRASH_SAFE("NORMAL"),
    /** synchronous=FULL: also survives power loss and OS crashes, at the cost of one fsync per commit. */
    POWER_LOSS_SAFE("FULL");

    private final String pragmaValue;

    Durability(String pragmaValue) {
        this.pragmaValue = pragmaValue;
    }

    String pragmaValue() {
        return pragmaValue;
    }
}
