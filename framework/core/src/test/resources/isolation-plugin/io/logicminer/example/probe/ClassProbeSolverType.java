package io.logicminer.example.probe;

import io.logicminer.spi.Challenge;
import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.Solution;
import io.logicminer.spi.solver.Solver;
import io.logicminer.spi.solver.SolverContext;
import io.logicminer.spi.solver.SolverType;
import org.pf4j.Extension;

/**
 * A plugin that asks its own class loader for the class named by the question ("new X" also instantiates it) and
 * answers where it came from: "plugin" (its own jars), "jdk", "host" (any other loader) or "missing".
 */
@Extension
public class ClassProbeSolverType implements SolverType {

    @Override
    public String type() {
        return "probe";
    }

    @Override
    public Solver create(String name, ComponentConfig config, SolverContext context) {
        return new Solver() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Solution solve(Challenge challenge) {
                String question = challenge.question();
                boolean instantiate = question.startsWith("new ");
                String className = instantiate ? question.substring(4) : question;
                try {
                    Class<?> type = Class.forName(className);
                    if (instantiate) {
                        type.getConstructor().newInstance();
                    }
                    return Solution.answered(name, String.valueOf(type.getClassLoader()), origin(type));
                } catch (ClassNotFoundException | NoClassDefFoundError e) {
                    return Solution.answered(name, String.valueOf(e.getMessage()), "missing");
                } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                    return Solution.failed(name, e.toString());
                }
            }
        };
    }

    private static String origin(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        if (loader == ClassProbeSolverType.class.getClassLoader()) {
            return "plugin";
        }
        if (loader == null || loader == ClassLoader.getPlatformClassLoader()) {
            return "jdk";
        }
        return "host";
    }
}
