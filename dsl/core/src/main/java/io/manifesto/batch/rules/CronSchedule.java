package io.manifesto.batch.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The schedule syntax the CronJob controller parses (robfig/cron's standard parser): five fields, minute hour
 * day-of-month month day-of-week, each {@code *}, {@code ?} (the day fields), a value, a range {@code a-b}, a list
 * {@code a,b} and a step {@code /n}; months and week days also by name; or a descriptor such as {@code @daily}.
 */
final class CronSchedule {

    private static final Set<String> DESCRIPTORS = Set.of("@yearly", "@annually", "@monthly", "@weekly", "@daily",
            "@midnight", "@hourly");
    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
            "OCT", "NOV", "DEC");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    /** One field: its name, range and names. */
    private record Field(String name, int min, int max, List<String> names, boolean question) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("minute", 0, 59, List.of(), false),
            new Field("hour", 0, 23, List.of(), false),
            new Field("day of month", 1, 31, List.of(), true),
            new Field("month", 1, 12, MONTHS, false),
            new Field("day of week", 0, 6, DAYS, true));

    private CronSchedule() {
    }

    /** What is wrong with {@code schedule}, empty when the controller parses it. */
    static Optional<String> problem(String schedule) {
        String text = schedule.strip();
        if (text.startsWith("TZ=") || text.startsWith("CRON_TZ=")) {
            return Optional.of("a time zone inside the schedule is rejected by the API server; the CronJob's"
                    + " timeZone field sets it");
        }
        if (text.startsWith("@")) {
            return DESCRIPTORS.contains(text.toLowerCase(Locale.ROOT)) ? Optional.empty()
                    : Optional.of("is not a descriptor the controller knows: " + DESCRIPTORS.stream().sorted().toList());
        }
        String[] parts = text.split("\\s+");
        if (parts.length != FIELDS.size()) {
            return Optional.of("has " + parts.length + (parts.length == 1 ? " field" : " fields")
                    + ", and a schedule has five: minute hour day-of-month month day-of-week");
        }
        for (int i = 0; i < parts.length; i++) {
            Optional<String> problem = field(parts[i], FIELDS.get(i));
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> field(String text, Field field) {
        for (String item : text.split(",", -1)) {
            String range = item;
            int slash = item.indexOf('/');
            if (slash >= 0) {
                range = item.substring(0, slash);
                if (number(item.substring(slash + 1)).filter(step -> step > 0).isEmpty()) {
                    return bad(field, item);
                }
            }
            if (range.equals("*") || (field.question() && range.equals("?"))) {
                continue;
            }
            String[] bounds = range.split("-", -1);
            if (bounds.length > 2) {
                return bad(field, item);
            }
            Optional<Integer> low = value(bounds[0], field);
            Optional<Integer> high = bounds.length == 2 ? value(bounds[1], field) : low;
            if (low.isEmpty() || high.isEmpty() || low.get() > high.get()) {
                return bad(field, item);
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> value(String text, Field field) {
        int named = field.names().indexOf(text.toUpperCase(Locale.ROOT));
        if (named >= 0) {
            return Optional.of(named + field.min());
        }
        return number(text).filter(n -> n >= field.min() && n <= field.max());
    }

    private static Optional<Integer> number(String text) {
        if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }

    private static Optional<String> bad(Field field, String item) {
        return Optional.of("the " + field.name() + " field \"" + item + "\" is not *, a value from " + field.min()
                + " to " + field.max() + (field.names().isEmpty() ? "" : " (or a name such as " + field.names().get(0)
                + ")") + ", a range a-b, a list a,b or a step /n");
    }
}
