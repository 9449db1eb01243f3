package io.manifesto.networking.rules;

import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.validate.Names;

import java.util.Map;

/** Which controller serves an ingress: {@code spec.ingressClassName}, and the deprecated annotation. */
final class IngressClasses {

    /** The deprecated annotation {@code kubernetes.io/ingress.class} next to {@code spec.ingressClassName}. */
    static final RuleInfo CLASS_ANNOTATION = RuleInfo.error("ingress.class-annotation",
            "an ingress names its class in spec.ingressClassName or in the deprecated annotation, not both",
            "the API server refuses an ingress that sets kubernetes.io/ingress.class together with"
                    + " spec.ingressClassName");
    /** An ingress without class. */
    static final RuleInfo NO_CLASS = RuleInfo.warning("ingress.no-class",
            "an ingress names the class of the controller that serves it",
            "only a default IngressClass serves an ingress without class, and AKS app routing and the ingress-nginx"
                    + " chart do not make theirs the default, so no controller may serve it");

    /** The annotation that named the ingress class before {@code spec.ingressClassName}. */
    private static final String CLASS_ANNOTATION_KEY = "kubernetes.io/ingress.class";

    private IngressClasses() {
    }

    /** Checks the class of {@code ingress}, whose annotations are {@code annotations}. */
    static void check(Findings.On scope, Ingress ingress, Map<String, String> annotations) {
        String ingressClass = IngressObjects.ingressClass(ingress);
        if (ingressClass != null) {
            Names.checkDns1123Subdomain(scope, "spec.ingressClassName", ingressClass);
        }
        if (ingressClass != null && annotations.containsKey(CLASS_ANNOTATION_KEY)) {
            scope.report(CLASS_ANNOTATION, "metadata.annotations[" + CLASS_ANNOTATION_KEY + "]",
                    annotations.get(CLASS_ANNOTATION_KEY),
                    "is the deprecated ingress class annotation, and the API server refuses an ingress that sets it"
                            + " together with spec.ingressClassName (\"" + ingressClass + "\")",
                    Fix.of("remove .annotation(\"" + CLASS_ANNOTATION_KEY + "\", ...) and keep .ingressClass(\""
                                    + ingressClass + "\")",
                            "remove the annotation " + CLASS_ANNOTATION_KEY + " and keep spec.ingressClassName: "
                                    + ingressClass));
        }
        if (ingressClass == null && !annotations.containsKey(CLASS_ANNOTATION_KEY)) {
            scope.report(NO_CLASS, "spec.ingressClassName", null,
                    "an ingress without a class is served only by the cluster's default IngressClass (annotated"
                            + " ingressclass.kubernetes.io/is-default-class: \"true\"), and without one no controller"
                            + " serves it",
                    Fix.of("name the controller's class, e.g. .ingressClass(\"nginx\") or"
                                    + " .ingressClass(\"webapprouting.kubernetes.azure.com\") for AKS app routing, or,"
                                    + " when the cluster has a default IngressClass, .suppress(\"" + NO_CLASS.id()
                                    + "\", reason) on the application",
                            "set spec.ingressClassName to the controller's class, e.g. nginx, or"
                                    + " webapprouting.kubernetes.azure.com for AKS app routing, or, when the cluster"
                                    + " has a default IngressClass, annotate the ingress with manifesto.io/suppress."
                                    + NO_CLASS.id() + ": <reason>"));
        }
    }
}
