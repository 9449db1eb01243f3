package io.manifesto.workload.rules;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;
import io.manifesto.validate.Names;

import java.util.List;
import java.util.Map;

/**
 * The keys of ConfigMaps and Secrets: what containers read as env vars or files, so names Kubernetes accepts. A DSL
 * Secret's keys are checked on the DSL value, where the user writes them; every other Secret's here.
 */
public final class ConfigDataRules implements RuleSet {

    @Override
    public List<RuleInfo> rules() {
        return List.of(NameChecks.DATA_KEY);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource resource : set.ofKind("ConfigMap")) {
            if (resource.object() instanceof ConfigMap configMap) {
                checkKeys(findings.on(resource), "data", configMap.getData());
                checkKeys(findings.on(resource), "binaryData", configMap.getBinaryData());
            }
        }
        for (Resource resource : set.ofKind("Secret")) {
            // a DSL Secret's keys are checked where they are written (io.manifesto.secrets.Secret)
            if (resource.object() instanceof Secret secret && (!resource.origin().isDsl()
                    || resource.origin().customized())) {
                checkKeys(findings.on(resource), "data", secret.getData());
                checkKeys(findings.on(resource), "stringData", secret.getStringData());
            }
        }
    }

    private static void checkKeys(Findings.On scope, String field, Map<String, String> data) {
        if (data != null) {
            data.keySet().forEach(key -> Names.checkDataKey(scope, field, key));
        }
    }
}
