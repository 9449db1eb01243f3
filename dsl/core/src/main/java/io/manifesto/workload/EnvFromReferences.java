package io.manifesto.workload;

import io.manifesto.config.ConfigMap;
import io.manifesto.core.Model;
import io.manifesto.objects.ResourceId;
import io.manifesto.secrets.Secret;
import io.manifesto.validate.Problems;

import java.util.List;

/**
 * The ConfigMaps and Secrets that containers read with {@code envFrom} by DSL value: the application must have them
 * (a Secret may be only declared), or nothing creates them and the checks of their keys see nothing.
 */
final class EnvFromReferences {

    /** Rule id: a ConfigMap or Secret value given to EnvFrom that the application does not contain. */
    static final String MISSING_RULE = "env.from-missing";

    private EnvFromReferences() {
    }

    /** Checks the envFrom entries of {@code containers}, listed as {@code list} under {@code podSpec}. */
    static void check(Model model, Problems.Scope podSpec, String list, List<Container> containers) {
        for (Container container : containers) {
            for (EnvFrom source : container.envFrom()) {
                if (source.ofApplication() && !source.optionalRef() && source.name() != null && !has(model, source)) {
                    boolean configMap = source.source() == EnvFrom.Source.CONFIG_MAP;
                    String kind = configMap ? "ConfigMap" : "Secret";
                    String factory = configMap ? "configMap" : "secret";
                    podSpec.error(MISSING_RULE, list + "[" + container.name() + "].envFrom[" + source.name() + "]",
                            source.name(), kind + "/" + source.name() + " was given as a value but the application"
                                    + " does not contain it, so nothing creates it and the container does not start"
                                    + " (CreateContainerConfigError)",
                            "add it to the application with .add(...), or name one made elsewhere with EnvFrom."
                                    + factory + "(\"" + source.name() + "\")");
                }
            }
        }
    }

    private static boolean has(Model model, EnvFrom source) {
        if (source.source() == EnvFrom.Source.CONFIG_MAP) {
            return model.component(new ResourceId("ConfigMap", source.name()), ConfigMap.class).isPresent();
        }
        // a declared Secret renders no object, so it has no id in the model: look it up among the Secret values
        return model.componentsBy("Secret by name", Secret.class, Secret::name).containsKey(source.name());
    }
}
