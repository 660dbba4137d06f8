// msp JShell startup: the library's imports and the embedded world dataset.
//
//   jshell --class-path msp-examples/target/msp.jar --startup DEFAULT --startup msp-examples/src/main/jshell/msp.jsh
//
// Defines `world` (Datasets.world()) and `year` (the latest year with trade flows in it).
// Networks apply the dataset's basis conversion factors (world.conversions(): lithium carbonate, cobalt
// oxides, manganese ore ...), so SupplyNetworks.of(world, year, "cobalt") needs nothing more; where a factor
// is a range, ConversionSensitivity.of(world, year, "cobalt") shows how far an answer moves across it.
import org.msp.model.*;
// The DEFAULT startup imports java.util.concurrent.*, whose Flow would hide the model's Flow.
import org.msp.model.Flow;
import org.msp.data.*;
import org.msp.world.*;
import org.msp.io.*;
import org.msp.graph.*;
import org.msp.graph.concentration.*;
import org.msp.graph.dependency.*;
import org.msp.graph.chokepoint.*;
import org.msp.graph.scenario.*;
import org.msp.graph.diversification.*;

Dataset world = Datasets.world();
int year = world.latestTradeYear().orElseThrow();
