package io.manifesto.build;

import io.manifesto.core.Application;
import io.manifesto.environment.Definition;
import io.manifesto.environment.Environment;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * A class whose public static no-argument method returns an {@link Application} (such as the examples'
 * {@code define()}), taken as a definition of the {@link Environment#DEFAULT} environment alone.
 */
record StaticDefinition(Method method) implements Definition {

    @Override
    public Application application(Environment environment) {
        try {
            return (Application) method.invoke(null);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new DefinitionException(method.getDeclaringClass().getName() + "." + method.getName()
                    + "() failed: " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new DefinitionException(method.getDeclaringClass().getName() + "." + method.getName()
                    + "() cannot be called: make the class and the method public", e);
        }
    }
}
