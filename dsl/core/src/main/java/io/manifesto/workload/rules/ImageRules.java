package io.manifesto.workload.rules;

import io.manifesto.objects.ResolvedSet;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;
import io.manifesto.workload.Image;

import java.util.List;

/** Every container names an image a runtime can pull, pinned to a version. */
public final class ImageRules implements RuleSet {

    /** A container without image. */
    public static final RuleInfo IMAGE = RuleInfo.error("container.image", "every container names an image",
            "the API server rejects a container without image");
    /** A malformed image reference. */
    public static final RuleInfo IMAGE_REFERENCE = RuleInfo.error("container.image-reference",
            "an image is a reference a container runtime can pull: [registry/]lower-case path[:tag][@digest]",
            "the kubelet cannot parse any other reference, so the pod never starts (InvalidImageName)");
    /** An image without a tag, or tagged {@code latest}. */
    public static final RuleInfo IMAGE_LATEST = RuleInfo.warning("container.image-latest",
            "an image is pinned to a version tag or a digest, not latest",
            "an unpinned image makes each node pull whatever the tag means that day, so pods of one workload run"
                    + " different code, and a rollback does not roll back");

    @Override
    public List<RuleInfo> rules() {
        return List.of(IMAGE, IMAGE_REFERENCE, IMAGE_LATEST);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        PodContainers.forEach(set, findings, visit -> {
            String image = visit.container().getImage();
            Findings.On scope = visit.scope();
            if (image == null || image.isBlank()) {
                scope.report(IMAGE, "image", image, "the container has no image",
                        Fix.of("set .image(\"registry/name:tag\")", "set image: registry/name:tag"));
            } else if (!Image.of(image).isWellFormed()) {
                scope.report(IMAGE_REFERENCE, "image", image,
                        "is not an image reference a container runtime can pull: [registry/]lower-case path"
                                + "[:tag][@digest], without spaces",
                        Fix.of("write it like \"myregistry.azurecr.io/shop:1.4.2\""));
            } else if (!Image.of(image).isPinned()) {
                scope.report(IMAGE_LATEST, "image", image,
                        "the image is not pinned to a version, so each pod may run different code"
                                + (scope.dslTerms() ? " and the version label is missing" : ""),
                        Fix.of("use a version tag or a digest, e.g. \"" + image.replaceFirst(":latest$", "")
                                + ":1.0.0\""));
            }
        });
    }
}
