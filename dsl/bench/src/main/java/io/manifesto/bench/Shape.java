package io.manifesto.bench;

/** How N generated apps are grouped into applications. */
public enum Shape {
    /** One application per app: N small applications, each written to its own file. */
    PER_APP,
    /** One application holding every app: one large application, one file. */
    ALL_IN_ONE
}
