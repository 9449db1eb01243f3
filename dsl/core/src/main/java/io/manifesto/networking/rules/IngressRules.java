package io.manifesto.networking.rules;

import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.manifesto.hosts.Hosts;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of an Ingress object on its own and with the Services it routes to: class, routes, hosts, paths,
 * backends and TLS sections, checked in the order of the object's fields.
 */
public final class IngressRules implements RuleSet {

    /** An ingress without routes and without a default backend. */
    public static final RuleInfo NO_BACKEND = RuleInfo.error("ingress.no-backend",
            "an ingress has at least one route or a default backend",
            "the API server refuses an ingress with neither rules nor spec.defaultBackend");
    /** A path the API server refuses. */
    public static final RuleInfo PATH = IngressPaths.PATH;
    /** A backend port the Service does not expose. */
    public static final RuleInfo BACKEND_PORT = IngressBackends.PORT;
    /** A backend port that is not TCP. */
    public static final RuleInfo BACKEND_PROTOCOL = IngressBackends.PROTOCOL;
    /** The deprecated class annotation next to {@code spec.ingressClassName}. */
    public static final RuleInfo CLASS_ANNOTATION = IngressClasses.CLASS_ANNOTATION;
    /** An ingress without class (warning). */
    public static final RuleInfo NO_CLASS = IngressClasses.NO_CLASS;
    /** A TLS section without hosts. */
    public static final RuleInfo TLS_HOSTS = IngressTlsHosts.TLS_HOSTS;
    /** A TLS host no rule serves. */
    public static final RuleInfo TLS_HOST_ROUTED = IngressTlsHosts.TLS_HOST_ROUTED;

    @Override
    public List<RuleInfo> rules() {
        List<RuleInfo> rules = new ArrayList<>(List.of(NO_BACKEND, PATH, BACKEND_PORT, BACKEND_PROTOCOL,
                CLASS_ANNOTATION, NO_CLASS, TLS_HOSTS, TLS_HOST_ROUTED));
        rules.addAll(IngressTlsSecrets.RULES);
        rules.addAll(Hosts.RULES);
        return rules;
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        IngressTlsSecrets secrets = new IngressTlsSecrets(set);
        for (Resource resource : set.ofKind("Ingress")) {
            if (resource.object() instanceof Ingress ingress) {
                check(set, secrets, findings.on(resource), resource, ingress);
            }
        }
    }

    private static void check(ResolvedSet set, IngressTlsSecrets secrets, Findings.On scope, Resource resource,
                              Ingress ingress) {
        IngressClasses.check(scope, ingress, resource.annotations());
        if (IngressObjects.routesNothing(ingress)) {
            scope.report(NO_BACKEND, "spec.rules", null, "an ingress needs at least one route or a default backend",
                    Fix.of("add .route(\"shop.example.com\", \"/\", web.port(\"http\"))",
                            "add a rule with spec.rules[].http.paths[], or a spec.defaultBackend"));
        }
        List<IngressRule> rules = IngressObjects.rules(ingress);
        for (int r = 0; r < rules.size(); r++) {
            IngressRule rule = rules.get(r);
            if (rule == null) {
                continue;
            }
            Findings.On ruleScope = scope.field("spec.rules[" + r + "]");
            if (rule.getHost() != null && !rule.getHost().isEmpty()) {
                Hosts.check(ruleScope, "host", rule.getHost());
            }
            List<HTTPIngressPath> paths = IngressObjects.paths(rule);
            for (int p = 0; p < paths.size(); p++) {
                HTTPIngressPath path = paths.get(p);
                if (path == null) {
                    continue;
                }
                Findings.On pathScope = ruleScope.field("http.paths[" + p + "]");
                IngressPaths.check(pathScope, path.getPathType(), path.getPath());
                if (path.getBackend() != null) {
                    IngressBackends.check(set, pathScope, "backend.service", resource.namespace(),
                            path.getBackend().getService());
                }
            }
        }
        if (ingress.getSpec() != null && ingress.getSpec().getDefaultBackend() != null) {
            IngressBackends.check(set, scope, "spec.defaultBackend.service", resource.namespace(),
                    ingress.getSpec().getDefaultBackend().getService());
        }
        List<String> ruleHosts = IngressObjects.ruleHosts(ingress);
        boolean everyHost = IngressObjects.servesEveryHost(ingress);
        List<IngressTLS> tls = IngressObjects.tls(ingress);
        for (int i = 0; i < tls.size(); i++) {
            if (tls.get(i) != null) {
                IngressTlsHosts.check(scope.field("spec.tls[" + i + "]"), tls.get(i), ruleHosts, everyHost);
            }
        }
        secrets.check(scope, resource, ingress);
    }
}
