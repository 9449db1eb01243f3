package io.manifesto.build;

import io.manifesto.core.Application;
import io.manifesto.environment.Definition;
import io.manifesto.environment.Environment;

import java.util.List;

/** A second definition whose application is also called shop, in one of the same environments. */
public final class SecondShop implements Definition {

    @Override
    public List<Environment> environments() {
        return List.of(Environment.named("prod"));
    }

    @Override
    public Application application(Environment environment) {
        return new ShopDefinition().application(environment);
    }
}
