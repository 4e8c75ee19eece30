package io.logicminer.core.plugin;

import org.pf4j.ExtensionFactory;
import org.pf4j.PluginRuntimeException;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

/**
 * Creates each extension with its public no-argument constructor. Host services never reach an extension through
 * its constructor: every factory method of the SPI ({@code create(name, config, context)}) receives them in its
 * context argument, one way for every plugin. Unlike PF4J's default factory, the error says what to change.
 */
final class ConstructorExtensionFactory implements ExtensionFactory {

    @Override
    public <T> T create(Class<T> extensionClass) {
        Constructor<T> constructor;
        try {
            constructor = extensionClass.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new PluginRuntimeException("extension {} has no public no-argument constructor; host services "
                    + "reach an extension through the context argument of its create(...) method",
                    extensionClass.getName());
        }
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new PluginRuntimeException(e.getCause(), "constructor of extension {} failed: {}",
                    extensionClass.getName(), String.valueOf(e.getCause()));
        } catch (ReflectiveOperationException e) {
            throw new PluginRuntimeException(e, "cannot create extension {}: {}", extensionClass.getName(),
                    e.toString());
        }
    }
}
