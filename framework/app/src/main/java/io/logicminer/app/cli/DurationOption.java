package io.logicminer.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

import java.time.Duration;

/** Parses a duration option the way config durations read ({@code 500ms}, {@code 64s}, {@code 2m}). */
final class DurationOption {

    private DurationOption() {
    }

    /**
     * @param allowZero whether {@code 0s} is accepted
     * @throws ParameterException naming the option and the expected form
     */
    static Duration parse(CommandLine commandLine, String option, String text, boolean allowZero) {
        try {
            Duration value = com.typesafe.config.ConfigFactory.parseString("d = " + text).getDuration("d");
            if (value.isNegative() || (!allowZero && value.isZero())) {
                throw new IllegalArgumentException();
            }
            return value;
        } catch (RuntimeException e) {
            throw new ParameterException(commandLine, option + " '" + text + "' is not a " + (allowZero ? "" : "positive ")
                    + "duration such as 30s, 500ms or 2m");
        }
    }
}
