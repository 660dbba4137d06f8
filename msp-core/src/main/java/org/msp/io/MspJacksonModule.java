package org.msp.io;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.msp.io.internal.Codec;
import org.msp.io.internal.CodecDeserializer;
import org.msp.io.internal.CodecSerializer;
import org.msp.io.internal.Codecs;
import org.msp.io.internal.DatasetDeserializer;
import org.msp.io.internal.DatasetSerializer;
import org.msp.model.Actor;
import org.msp.model.ActorKind;
import org.msp.model.Basis;
import org.msp.model.Country;
import org.msp.model.CountryGroup;
import org.msp.model.DataGap;
import org.msp.model.DataProblem;
import org.msp.model.Dataset;
import org.msp.model.Demand;
import org.msp.model.ExportRestriction;
import org.msp.model.Facility;
import org.msp.model.FacilityStatus;
import org.msp.model.Flow;
import org.msp.model.FlowOrigin;
import org.msp.model.GapKind;
import org.msp.model.GovernanceScore;
import org.msp.model.ImportReliance;
import org.msp.model.ImportSource;
import org.msp.model.Location;
import org.msp.model.MassUnit;
import org.msp.model.Membership;
import org.msp.model.Mineral;
import org.msp.model.MineralGroup;
import org.msp.model.Offtake;
import org.msp.model.Price;
import org.msp.model.PriceKind;
import org.msp.model.Production;
import org.msp.model.Project;
import org.msp.model.ProjectStatus;
import org.msp.model.Provenance;
import org.msp.model.Qualifier;
import org.msp.model.Quantity;
import org.msp.model.RecyclingInputRate;
import org.msp.model.Region;
import org.msp.model.Reserve;
import org.msp.model.RestrictionKind;
import org.msp.model.SourcingRule;
import org.msp.model.Stage;
import org.msp.model.Stockpile;
import org.msp.model.Tariff;
import org.msp.model.TradeMeasure;
import org.msp.model.WorldTotal;

/**
 * The Jackson module of the msp model: hand-written serializers and deserializers for {@link Dataset} and
 * every record and enum of {@code org.msp.model}, so that the domain carries no Jackson annotations.
 *
 * <p>The JSON form: field names are the record component names (camelCase); optional values that are
 * empty ({@code Optional}, {@code OptionalDouble}, {@code OptionalInt}) and empty sets are left out;
 * enums are written in lower case ({@code "refining"}, {@code "gross_weight"}); dates as ISO-8601 text
 * ({@code "2024-12-03"}); {@link Actor} as its text form ({@code "CHN"}, {@code "facility:ID"}); the
 * sealed {@link TradeMeasure} hierarchy with a {@code "type"} field from a closed set
 * ({@code export_restriction}, {@code tariff}, {@code sourcing_rule}). No class name is ever read from
 * input and default typing is never needed. Bad input is refused with a {@link DataFileException} that
 * lists every problem of the value. The dataset document is described in {@link DatasetJson}.
 *
 * <p>The module is registered by {@link com.fasterxml.jackson.databind.ObjectMapper#findAndRegisterModules()}
 * (it is listed in {@code META-INF/services} and provided in {@code module-info}), or by hand:
 *
 * <pre>{@code
 * ObjectMapper m = new ObjectMapper().registerModule(new MspJacksonModule());
 * String json = m.writeValueAsString(Quantity.tonnes(12.5));   // {"tonnes":12.5,"basis":"content"}
 * }</pre>
 *
 * <p>Prefer {@link DatasetJson#mapper()}, which also sets the parser limits. This class is thread-safe
 * once registered.
 */
public class MspJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The module's name, as Jackson reports it. */
    public static final String NAME = "msp-model";

    /** Creates the module with the (de)serializers of every model type. */
    public MspJacksonModule() {
        super(NAME, new Version(0, 1, 0, "SNAPSHOT", "org.msp", "msp-core"));
        addSerializer(Dataset.class, new DatasetSerializer());
        addDeserializer(Dataset.class, new DatasetDeserializer());

        both(Stage.class, Codecs.STAGE);
        both(Basis.class, Codecs.BASIS);
        both(Qualifier.class, Codecs.QUALIFIER);
        both(Region.class, Codecs.REGION);
        both(MineralGroup.class, Codecs.MINERAL_GROUP);
        both(FacilityStatus.class, Codecs.FACILITY_STATUS);
        both(FlowOrigin.class, Codecs.FLOW_ORIGIN);
        both(ProjectStatus.class, Codecs.PROJECT_STATUS);
        both(RestrictionKind.class, Codecs.RESTRICTION_KIND);
        both(GapKind.class, Codecs.GAP_KIND);
        both(ActorKind.class, Codecs.ACTOR_KIND);
        both(MassUnit.class, Codecs.MASS_UNIT);
        both(PriceKind.class, Codecs.PRICE_KIND);

        both(Actor.class, Codecs.ACTOR);
        both(Provenance.class, Codecs.PROVENANCE);
        both(Quantity.class, Codecs.QUANTITY);
        both(Location.class, Codecs.LOCATION);
        both(Country.class, Codecs.COUNTRY);
        both(Mineral.class, Codecs.MINERAL);
        both(Membership.class, Codecs.MEMBERSHIP);
        both(CountryGroup.class, Codecs.GROUP);
        both(Facility.class, Codecs.FACILITY);
        both(Production.class, Codecs.PRODUCTION);
        both(Reserve.class, Codecs.RESERVE);
        both(Flow.class, Codecs.FLOW);
        both(Stockpile.class, Codecs.STOCKPILE);
        both(Demand.class, Codecs.DEMAND);
        both(Offtake.class, Codecs.OFFTAKE);
        both(Project.class, Codecs.PROJECT);
        both(DataGap.class, Codecs.GAP);
        both(ImportReliance.class, Codecs.IMPORT_RELIANCE);
        both(ImportSource.class, Codecs.IMPORT_SOURCE);
        both(WorldTotal.class, Codecs.WORLD_TOTAL);
        both(Price.class, Codecs.PRICE);
        both(GovernanceScore.class, Codecs.GOVERNANCE_SCORE);
        both(RecyclingInputRate.class, Codecs.RECYCLING_INPUT_RATE);
        both(DataProblem.class, Codecs.DATA_PROBLEM);
        both(TradeMeasure.class, Codecs.MEASURE);
        both(ExportRestriction.class, Codecs.EXPORT_RESTRICTION);
        both(Tariff.class, Codecs.TARIFF);
        both(SourcingRule.class, Codecs.SOURCING_RULE);
    }

    private <T> void both(Class<T> type, Codec<T> codec) {
        addSerializer(type, new CodecSerializer<>(type, codec));
        addDeserializer(type, new CodecDeserializer<>(type, codec));
    }
}
