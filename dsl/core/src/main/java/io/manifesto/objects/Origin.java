package io.manifesto.objects;

import io.manifesto.validate.SourcePosition;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an object that will be applied came from: a DSL definition, an object added as it is, a YAML file, or an
 * annotated class. Rules word their fix for it: a DSL object's fix names the DSL call, a file's names the field.
 *
 * @param entry      which entry made the object
 * @param customized {@code true} when a {@code customize(...)} call changed the object after the DSL rendered it
 * @param position   where the object starts (a file's line, an annotated element), or {@code null}
 * @param fields     where its fields are, for a file; {@link FieldPositions#NONE} otherwise
 */
public record Origin(Entry entry, boolean customized, SourcePosition position, FieldPositions fields) {

    /** The ways an object reaches the rules. */
    public enum Entry {
        /** Rendered from DSL values. */
        DSL,
        /** Added as a fabric8 object, the escape hatch. */
        RAW,
        /** Read from a YAML or JSON file. */
        FILE,
        /** Made at compile time from annotations on a class. */
        ANNOTATION,
        /** Declared to exist at deploy time (a Secret supplied outside git): checked against, never written. */
        DECLARED
    }

    /** An object the DSL rendered. */
    public static final Origin DSL = new Origin(Entry.DSL, false, null, FieldPositions.NONE);
    /** An object added as it is. */
    public static final Origin RAW = new Origin(Entry.RAW, false, null, FieldPositions.NONE);
    /** An object declared to exist at deploy time, not written. */
    public static final Origin DECLARED = new Origin(Entry.DECLARED, false, null, FieldPositions.NONE);

    public Origin {
        Objects.requireNonNull(entry, "entry");
        fields = fields == null ? FieldPositions.NONE : fields;
    }

    /** An object read from a file, starting at {@code position}, with its fields at {@code fields}. */
    public static Origin file(SourcePosition position, FieldPositions fields) {
        return new Origin(Entry.FILE, false, position, fields);
    }

    /** An object made from the annotations on {@code element} (a class name). */
    public static Origin annotation(String element) {
        return new Origin(Entry.ANNOTATION, false, new SourcePosition(element, 0), FieldPositions.NONE);
    }

    /** This origin, changed afterwards by a customization. */
    public Origin customizedCopy() {
        return new Origin(entry, true, position, fields);
    }

    /** {@code true} when the object was rendered or declared from DSL values, so a fix may name DSL calls. */
    public boolean isDsl() {
        return entry == Entry.DSL || entry == Entry.DECLARED;
    }

    /** {@code true} for an object that is only declared: rules check against it, nothing writes it. */
    public boolean isDeclared() {
        return entry == Entry.DECLARED;
    }

    /** The position of {@code field} (a field path such as {@code spec.replicas}), or of the object. */
    public Optional<SourcePosition> positionOf(String field) {
        return fields.find(field).or(() -> Optional.ofNullable(position));
    }
}
