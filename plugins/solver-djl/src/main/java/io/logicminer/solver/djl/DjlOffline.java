package io.logicminer.solver.djl;

/**
 * Keeps DJL off the network: without these system properties its engine reports usage to AWS on first use
 * ({@code ai.djl.util.Ec2Utils.callHome}: EC2/SageMaker instance metadata and an HTTP request) and may download
 * native libraries. Everything this plugin needs ships in its lib/, so both are set before any DJL class loads,
 * unless the operator set them already (a {@code -D} on the command line wins).
 */
final class DjlOffline {

    static final String OPT_OUT_TRACKING = "OPT_OUT_TRACKING";
    static final String OFFLINE = "ai.djl.offline";

    private DjlOffline() {
    }

    /** Sets {@code OPT_OUT_TRACKING=true} and {@code ai.djl.offline=true} where they are not set. */
    static void optOut() {
        setIfAbsent(OPT_OUT_TRACKING);
        setIfAbsent(OFFLINE);
    }

    private static void setIfAbsent(String key) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, "true");
        }
    }
}
