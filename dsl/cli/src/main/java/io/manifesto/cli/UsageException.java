package io.manifesto.cli;

/** A command line the CLI cannot run, or input it cannot read: exit code 2, one line naming what to change. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
