package io.manifesto.workload;

import java.util.Optional;

/**
 * What a container image reference says about its version: {@code registry/name:tag@digest}. The tag becomes the
 * {@code app.kubernetes.io/version} label; an image without tag or digest, or tagged {@code latest}, is unpinned.
 */
public final class Image {

    /** The reference grammar of the container runtimes (distribution/reference): domain, path, tag, digest. */
    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile(
            "(?:(?:localhost|[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)+|[a-zA-Z0-9-]+:[0-9]+"
                    + "|[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)+:[0-9]+)/)?"
                    + "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*"
                    + "(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?"
                    + "(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?");

    private final String reference;

    private final String nameAndTag;
    private final boolean hasDigest;

    private Image(String reference) {
        this.reference = reference;
        String lastSegment = reference.substring(reference.lastIndexOf('/') + 1);
        int digest = lastSegment.indexOf('@');
        this.hasDigest = digest >= 0;
        this.nameAndTag = hasDigest ? lastSegment.substring(0, digest) : lastSegment;
    }

    /** The parts of {@code reference}, e.g. {@code myregistry.azurecr.io/web:2.1.0}. */
    public static Image of(String reference) {
        return new Image(reference);
    }

    /** The tag, e.g. {@code 2.1.0}, when the image has one. */
    public Optional<String> tag() {
        int colon = nameAndTag.indexOf(':');
        return colon < 0 ? Optional.empty() : Optional.of(nameAndTag.substring(colon + 1));
    }

    /** The tag when it is also a valid label value (the version label), else empty. */
    public Optional<String> versionLabel() {
        return tag().filter(io.manifesto.validate.Names::isLabelValue);
    }

    /** {@code true} when a container runtime can parse the reference (lower-case path, valid tag and digest). */
    public boolean isWellFormed() {
        return REFERENCE.matcher(reference).matches();
    }

    /** {@code true} when the image names a fixed version: a digest, or a tag other than {@code latest}. */
    public boolean isPinned() {
        return hasDigest || tag().filter(tag -> !tag.equals("latest")).isPresent();
    }
}
