// msp notebook: the partnership's supply questions in a few lines each, on the embedded world dataset.
// Run it after the startup script (see docs/cli.md). In JShell a line that ends a statement ends it, so
// chained calls break after the dot.
//
//   jshell --class-path msp-examples/target/msp.jar --startup DEFAULT \
//          --startup msp-examples/src/main/jshell/msp.jsh msp-examples/src/main/jshell/notebook.jsh
//
// Every figure printed comes from the dataset and the library's analyses; the only numbers typed in are
// unit conversions, and they say so.

System.out.println(world);
System.out.println("year " + year);

// ---------------------------------------------------------------------------------------------------
// Q1. China bans exports of refined gallium. Who loses what, with and without re-routing?
// World trade (CEPII BACI, HS 811292) weighs unwrought metal gross, and the network applies the dataset's factor for it, 1,
// an upper bound; but HS 811292 is a basket (gallium, germanium, hafnium, indium, niobium, rhenium ...) that the
// dataset records under gallium, so trade is overstated. The network bounds each flow by its value at the
// USGS unit value of gallium and caps each country's exports at what it produces and imports: the rest is
// unexplained trade, listed on the network, never supply (Brazil's niobium is no gallium).
MarketConcentration galliumRefining = Concentrations.of(world, "gallium", Stage.REFINING, year);
System.out.printf(Locale.ROOT, "Q1 gallium: %s refines %.1f%% of world output (HHI %.3f)%n",
        galliumRefining.top().country(), 100 * galliumRefining.top().share(), galliumRefining.hhi());
System.out.println("Q1 factor: " + world.conversion("gallium", Stage.REFINING, Basis.GROSS_WEIGHT).orElseThrow());
SupplyNetwork gallium = SupplyNetworks.of(world, year, "gallium");
Disruption galliumBan = Scenarios.run(world, gallium,
        Scenario.of(Shock.ExportBan.of("CHN", "gallium", Stage.REFINING)));
for (String c : List.of("USA", "JPN", "KOR", "DEU")) {
    galliumBan.impact(c, "gallium").ifPresent(i -> System.out.printf(Locale.ROOT,
            "Q1 ban: %s loses %.1f%% of its gallium without re-routing, %.1f%% with re-routing%n",
            i.country(), 100 * i.shortfallShare(), 100 * i.shortfallShareRerouted()));
}
System.out.printf(Locale.ROOT, "Q1 ban: %d of %d consumers lose supply%n", galliumBan.hardestHit().size(),
        galliumBan.impacts().size());
double galliumUnexplained = gallium.unexplainedTrade("gallium").stream().mapToDouble(UnexplainedTrade::tonnes).sum();
System.out.printf(Locale.ROOT, "Q1 trade: %,.0f t of reported gallium trade unexplained; Brazil is a %s, not a refiner%n",
        galliumUnexplained, gallium.role(Node.of("BRA", Stage.REFINING, "gallium")));

// ---------------------------------------------------------------------------------------------------
// Q2. Korea's and Japan's look-through dependence on China: the share of their supply that entered each
// stage in China, traced through every stage, with the bounds any routing of the flows allows.
for (String m : List.of("graphite", "magnesium", "silicon")) {
    SupplyNetwork net = SupplyNetworks.of(world, year, m);
    LookThroughDependencyAlgorithm tracing = LookThroughDependencyAlgorithm.of(net);
    for (String c : List.of("KOR", "JPN")) {
        Dependence d = tracing.dependence(c, m);
        // the last stage of the chain the consumer buys at, not the scrap that feeds it
        List<StageOrigins> primary = d.stages().stream().filter(so -> so.stage() != Stage.RECYCLING).toList();
        StageOrigins last = primary.get(primary.size() - 1);
        DependenceBounds b = BlocDependenceAlgorithm.of(net).bounds(d.consumer(), last.stage(), Set.of("CHN"));
        System.out.printf(Locale.ROOT, "Q2 %s %s: %.1f%% of its supply entered %s in China (bounds %.1f%%..%.1f%%)%n",
                c, m, 100 * last.share("CHN"), last.stage(), 100 * b.minimumShare(), 100 * b.maximumShare());
    }
}
Dependence koreaGallium = LookThroughDependencyAlgorithm.of(gallium).dependence("KOR", "gallium");
System.out.printf(Locale.ROOT, "Q2 KOR gallium: %.1f%% refined in China, %.1f%% of unknown origin%n",
        100 * koreaGallium.share(Stage.REFINING, "CHN"), 100 * koreaGallium.at(Stage.REFINING).orElseThrow().unknown());

// Korea's lithium carbonate (the dataset's carbonate factor applies by default); the coverage statement says
// what the answer rests on.
SupplyNetwork lithium24 = SupplyNetworks.of(world, year, "lithium");
Dependence koreaLi = LookThroughDependencyAlgorithm.of(lithium24).dependence("KOR", "lithium");
System.out.printf(Locale.ROOT, "Q2 KOR lithium: ore %.1f%% Chilean, %.1f%% Argentine, %.1f%% of unknown origin%n",
        100 * koreaLi.share(Stage.MINING, "CHL"), 100 * koreaLi.share(Stage.MINING, "ARG"),
        100 * koreaLi.at(Stage.MINING).orElseThrow().unknown());
System.out.println("Q2 " + SupplyCoverage.of(lithium24, koreaLi.consumer()));

// ---------------------------------------------------------------------------------------------------
// Q3. Australian lithium refined in China. The 2023 tables hold mining and refining output but no ore
// trade. By default the network infers it: each country refines its own ore first, then the ore left over
// (Australia's) reaches the refiners still short of ore (China's) as a pooled world market, on edges marked
// inferred. The conservative reading (noUnreportedTrade) leaves that ore of unknown origin instead.
int liYear = 2023;
SupplyNetwork lithium = SupplyNetworks.of(world, liYear, "lithium");
Dependence chinaLi = LookThroughDependencyAlgorithm.of(lithium).dependence("CHN", "lithium");
double ausMined = world.productions("lithium", Stage.MINING, liYear).stream().
        filter(p -> p.producer().equals(Actor.country("AUS"))).mapToDouble(p -> p.quantity().tonnes()).sum();
double ausToChina = lithium.edge(Node.of("AUS", Stage.MINING, "lithium"), chinaLi.consumer()).
        map(SupplyEdge::tonnes).orElse(0.0);
System.out.printf(Locale.ROOT, "Q3 lithium %d: Australia mines %.1f%% of world output; %,.0f t of its %,.0f t go to China (inferred)%n",
        liYear, 100 * Concentrations.of(world, "lithium", Stage.MINING, liYear).share("AUS"), ausToChina, ausMined);
System.out.printf(Locale.ROOT, "Q3 lithium %d: China refines %,.0f t; its ore is %.1f%% Australian, %.1f%% Chinese; refining %.1f%% Chinese%n",
        liYear, chinaLi.supply(), 100 * chinaLi.share(Stage.MINING, "AUS"), 100 * chinaLi.share(Stage.MINING, "CHN"),
        100 * chinaLi.share(Stage.REFINING, "CHN"));
Dependence chinaLiReported = LookThroughDependencyAlgorithm.of(SupplyNetworks.builder(world, liYear).minerals("lithium").
        noUnreportedTrade().build()).dependence("CHN", "lithium");
System.out.printf(Locale.ROOT, "Q3 without unreported trade: %.1f%% of China's ore is Chinese, %.1f%% of unknown origin%n",
        100 * chinaLiReported.share(Stage.MINING, "CHN"), 100 * chinaLiReported.at(Stage.MINING).orElseThrow().unknown());

// ---------------------------------------------------------------------------------------------------
// Q4. The MSP partners' share of world supply, per mineral and stage: the sum of their shares of output.
SortedSet<String> partners = world.members("msp-partners", year);
System.out.println("Q4 MSP partners in " + year + ": " + partners);
for (String[] t : List.of(new String[] {"lithium", "mining"}, new String[] {"cobalt", "mining"},
        new String[] {"graphite", "mining"}, new String[] {"rare-earths", "mining"},
        new String[] {"gallium", "refining"}, new String[] {"copper", "refining"})) {
    MarketConcentration r = Concentrations.of(world, t[0], Stage.parse(t[1]), year);
    double share = partners.stream().mapToDouble(r::share).sum();
    System.out.printf(Locale.ROOT, "Q4 %s %s: MSP partners %.1f%%, largest producer %s %.1f%%%n", t[0], t[1],
            100 * share, r.top().country(), 100 * r.top().share());
}

// ---------------------------------------------------------------------------------------------------
// Q5. Trade weighed gross meets production in contained tonnes: the dataset carries a factor for each
// such product (world.conversions()), exact where the compound is defined, a published range where the
// grade varies. How much does an answer move across the range? Korea's manganese at the mining stage.
world.conversions().forEach(c -> System.out.println("Q5 factor: " + c));
ConversionSensitivity mn = ConversionSensitivity.of(world, year, "manganese");
ConversionSensitivity.Range korMn = mn.range("KOR's look-through dependence on ZAF at mining",
        net -> LookThroughDependencyAlgorithm.of(net).dependence("KOR", "manganese").share(Stage.MINING, "ZAF"));
System.out.println("Q5 " + korMn.describe(v -> String.format(Locale.ROOT, "%.1f%%", 100 * v)));
/exit
