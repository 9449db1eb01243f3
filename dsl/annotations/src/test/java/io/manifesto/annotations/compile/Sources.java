package io.manifesto.annotations.compile;

/** The imports every compiled test class starts with, so that positions in the tests count from line 5. */
public final class Sources {

    /** Four lines of imports. */
    public static final String IMPORTS = """
            import io.dekorate.kubernetes.annotation.*;
            import io.manifesto.annotations.*;
            import io.manifesto.scaling.*;
            import io.manifesto.scheduling.*;
            """;

    private Sources() {
    }

    /** {@link #IMPORTS} and then {@code body}, whose first line is line 5. */
    public static String withImports(String body) {
        return IMPORTS + body;
    }
}
