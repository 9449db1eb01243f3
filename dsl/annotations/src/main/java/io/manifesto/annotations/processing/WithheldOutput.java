package io.manifesto.annotations.processing;

import io.dekorate.Session;
import io.dekorate.SessionWriter;
import io.dekorate.kubernetes.config.Configuration;
import io.dekorate.project.Project;
import io.fabric8.kubernetes.api.model.KubernetesList;

import java.util.Map;

/**
 * The session writer once a compiler error is reported: dekorate still generates (its decorators run, so every
 * check reports), but no manifest is written, so a failed build never leaves manifests that look current.
 */
final class WithheldOutput implements SessionWriter {

    @Override
    public Map<String, String> write(Session session) {
        session.close();
        return Map.of();
    }

    @Override
    public Map.Entry<String, String> write(Configuration config) {
        throw new UnsupportedOperationException("withheld: write(Session) writes nothing");
    }

    @Override
    public Map.Entry<String, String> write(Project project) {
        throw new UnsupportedOperationException("withheld: write(Session) writes nothing");
    }

    @Override
    public Map<String, String> write(String group, KubernetesList list) {
        throw new UnsupportedOperationException("withheld: write(Session) writes nothing");
    }
}
