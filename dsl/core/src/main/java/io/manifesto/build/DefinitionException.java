package io.manifesto.build;

/**
 * A definition that cannot be found, made or run: its message is one line that names the class and the fix, for a
 * build log or a terminal, never a stack trace.
 */
public final class DefinitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A problem described by {@code message}, one line. */
    public DefinitionException(String message) {
        super(message);
    }

    /** A problem described by {@code message}, one line, caused by {@code cause}. */
    public DefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
