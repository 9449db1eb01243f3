package io.manifesto.workload;

/** The transport protocol of a port: {@code protocol} of a container or service port. */
public enum Protocol {
    /** {@code TCP}, the default. */
    TCP,
    /** {@code UDP}. */
    UDP,
    /** {@code SCTP}. */
    SCTP
}
