package io.manifesto.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A syntax error as one line a user can act on: where the parser found the problem (1-based line and column) and
 * what it expected, without the parser's echo of the source and caret lines.
 *
 * @param line    the line of the problem
 * @param column  the column of the problem
 * @param message what the parser found, e.g. {@code while parsing a flow mapping: expected ',' or '}'}
 */
record SyntaxError(int line, int column, String message) {

    static SyntaxError of(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            String context = yaml.getContext() == null ? "" : yaml.getContext() + ": ";
            return new SyntaxError(yaml.getProblemMark().getLine() + 1, yaml.getProblemMark().getColumn() + 1,
                    oneLine(context + yaml.getProblem()));
        }
        var location = e.getLocation();
        return new SyntaxError(location == null ? 0 : location.getLineNr(),
                location == null ? 0 : location.getColumnNr(), oneLine(e.getOriginalMessage()));
    }

    private static String oneLine(String text) {
        String first = text == null ? "" : text.strip();
        int newline = first.indexOf('\n');
        return (newline < 0 ? first : first.substring(0, newline)).strip();
    }
}
