package io.logicminer.category.logic.generator;

import java.util.random.RandomGenerator;

/** Makes one subtopic's problems, drawing parameters like mathgenerator's function of the same name. */
@FunctionalInterface
interface ProblemMaker {

    Problem make(RandomGenerator random);
}
