package io.manifesto.workload.rules;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;

import java.util.List;
import java.util.Set;

/**
 * What a Service asks of the proxy and the load balancer can take effect: the external traffic policy only where
 * traffic comes from outside, client IP affinity in its range and only where kube-proxy proxies, and a headless
 * Service asking for neither a node port nor a load balancer.
 */
public final class ServiceSettingRules implements RuleSet {

    /** An externalTrafficPolicy on a Service not reachable from outside, or of a value the API lacks. */
    public static final RuleInfo EXTERNAL_TRAFFIC_POLICY = RuleInfo.error("service.external-traffic-policy",
            "externalTrafficPolicy is Cluster or Local, set only on a NodePort or LoadBalancer Service",
            "the API server rejects externalTrafficPolicy on a Service that is not externally accessible (\"may only"
                    + " be set for externally-accessible services\"): only node ports and load balancers receive"
                    + " traffic from outside the cluster");
    /** A session affinity the API server rejects. */
    public static final RuleInfo SESSION_AFFINITY = RuleInfo.error("service.session-affinity",
            "sessionAffinity is None or ClientIP, its timeout from 1 to 86400 seconds, its config only with ClientIP",
            "the API server rejects a client IP affinity timeout outside 1..86400 seconds, and a"
                    + " sessionAffinityConfig unless sessionAffinity is ClientIP");
    /** A headless Service asking for what only a proxied Service has. */
    public static final RuleInfo HEADLESS_PROXIED = RuleInfo.error("service.headless-proxied",
            "a headless Service is not a NodePort or LoadBalancer, and has no client IP affinity",
            "a headless Service (clusterIP: None) has no virtual IP: the API server rejects it as a NodePort or"
                    + " LoadBalancer, and kube-proxy does not proxy it, so client IP affinity would never apply");

    private static final Set<String> EXTERNAL_TYPES = Set.of("NodePort", "LoadBalancer");
    private static final int MAX_AFFINITY_SECONDS = 86400;

    @Override
    public List<RuleInfo> rules() {
        return List.of(EXTERNAL_TRAFFIC_POLICY, HEADLESS_PROXIED, SESSION_AFFINITY);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource resource : set.ofKind("Service")) {
            if (resource.object() instanceof Service service && service.getSpec() != null) {
                Findings.On scope = findings.on(resource);
                ServiceSpec spec = service.getSpec();
                String type = spec.getType() == null ? "ClusterIP" : spec.getType();
                boolean headless = "None".equals(spec.getClusterIP());
                checkHeadless(scope, spec, type, headless);
                checkExternalTrafficPolicy(scope, spec, type, headless);
                checkSessionAffinity(scope, spec);
            }
        }
    }

    private static void checkHeadless(Findings.On scope, ServiceSpec spec, String type, boolean headless) {
        if (headless && EXTERNAL_TYPES.contains(type)) {
            scope.report(HEADLESS_PROXIED, "spec.clusterIP", "None", "a headless Service has no cluster IP for a "
                            + type + " to forward to, and the API server rejects clusterIP: None on a " + type
                            + " Service",
                    Fix.of("remove .headless(), or remove the type and add a " + type + " Service of its own over"
                                    + " the same pods",
                            "remove clusterIP: None, or set type: ClusterIP; for both, write two Services over the"
                                    + " same pods"));
        }
        if (headless && "ClientIP".equals(spec.getSessionAffinity())) {
            scope.report(HEADLESS_PROXIED, "spec.sessionAffinity", "ClientIP", "the Service is headless: kube-proxy"
                            + " does not proxy it (DNS returns the pods' addresses), so client IP affinity cannot take"
                            + " effect",
                    Fix.of("remove .sessionAffinity(...), or set it on a Service that is not headless",
                            "remove spec.sessionAffinity, or set it on a Service that is not headless"));
        }
    }

    private static void checkExternalTrafficPolicy(Findings.On scope, ServiceSpec spec, String type,
                                                   boolean headless) {
        String policy = spec.getExternalTrafficPolicy();
        if (policy == null) {
            return;
        }
        if (!policy.equals("Cluster") && !policy.equals("Local")) {
            scope.report(EXTERNAL_TRAFFIC_POLICY, "spec.externalTrafficPolicy", policy,
                    "externalTrafficPolicy is Cluster or Local", Fix.of("set Cluster or Local"));
            return;
        }
        boolean externalIps = spec.getExternalIPs() != null && !spec.getExternalIPs().isEmpty();
        if (!EXTERNAL_TYPES.contains(type) && !(type.equals("ClusterIP") && externalIps)) {
            scope.report(EXTERNAL_TRAFFIC_POLICY, "spec.externalTrafficPolicy", policy,
                    "the API server accepts externalTrafficPolicy only on a Service reachable from outside the"
                            + " cluster (NodePort or LoadBalancer), and this one is " + (headless ? "headless" : type),
                    Fix.of("remove .externalTrafficPolicy(" + policy.toUpperCase(java.util.Locale.ROOT) + "), or make"
                                    + " it a LoadBalancer or NodePort Service",
                            "remove spec.externalTrafficPolicy, or set spec.type: LoadBalancer or NodePort"));
        }
    }

    private static void checkSessionAffinity(Findings.On scope, ServiceSpec spec) {
        String affinity = spec.getSessionAffinity() == null ? "None" : spec.getSessionAffinity();
        if (!affinity.equals("None") && !affinity.equals("ClientIP")) {
            scope.report(SESSION_AFFINITY, "spec.sessionAffinity", affinity, "sessionAffinity is None or ClientIP",
                    Fix.of("set ClientIP, or leave it out"));
            return;
        }
        var config = spec.getSessionAffinityConfig();
        if (config == null) {
            return;
        }
        if (!affinity.equals("ClientIP")) {
            scope.report(SESSION_AFFINITY, "spec.sessionAffinityConfig", null, "the API server rejects a"
                            + " sessionAffinityConfig unless sessionAffinity is ClientIP",
                    Fix.of("set spec.sessionAffinity: ClientIP, or remove spec.sessionAffinityConfig"));
            return;
        }
        Integer timeout = config.getClientIP() == null ? null : config.getClientIP().getTimeoutSeconds();
        if (timeout != null && (timeout < 1 || timeout > MAX_AFFINITY_SECONDS)) {
            scope.report(SESSION_AFFINITY, "spec.sessionAffinityConfig.clientIP.timeoutSeconds", timeout,
                    "the API server accepts a client IP affinity timeout from 1 to 86400 seconds (a day)",
                    Fix.of("use SessionAffinity.clientIp(seconds) with 1 to 86400 seconds, or clientIp() for"
                                    + " Kubernetes' default of 10800",
                            "set timeoutSeconds from 1 to 86400, or leave it out for the default of 10800"));
        }
    }
}
