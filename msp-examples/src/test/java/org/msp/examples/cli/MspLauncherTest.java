package org.msp.examples.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * When the command line relaunches itself with the class archive, and when it loads the embedded dataset ahead of
 * the command.
 */
class MspLauncherTest {
    @Test
    void command_runningFromClassesNotAJar_noRelaunch() {
        assertTrue(MspLauncher.command(new String[] {"concentration", "--stage", "mining"}).isEmpty());
        assertTrue(MspLauncher.relaunch(new String[] {"--version"}).isEmpty());
    }

    @Test
    void readsEmbeddedDataset_onlyForACommandOnTheEmbeddedDataset() {
        assertTrue(Msp.readsEmbeddedDataset(new String[] {"concentration", "--stage", "mining"}));
        assertTrue(Msp.readsEmbeddedDataset(new String[] {"--conversion", "cobalt:gross_weight=0.7", "report"}));
        assertFalse(Msp.readsEmbeddedDataset(new String[] {}));
        assertFalse(Msp.readsEmbeddedDataset(new String[] {"--dataset", "my.json", "report"}));
        assertFalse(Msp.readsEmbeddedDataset(new String[] {"--dataset=my.json", "report"}));
        assertFalse(Msp.readsEmbeddedDataset(new String[] {"report", "--help"}));
        assertFalse(Msp.readsEmbeddedDataset(new String[] {"--version"}));
        assertFalse(Msp.readsEmbeddedDataset(new String[] {"help", "report"}));
    }
}
