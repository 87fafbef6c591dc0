using System.Text;
using System.Text.Json;
using TradeTracker.Web.Domain;

namespace TradeTracker.DataGenerator;

/// <summary>Titles, summaries and names composed from word lists about trade, so that text search has varied words to
/// find (and to miss). Every choice comes from the caller's <see cref="Random"/>, so a seed gives the same text.</summary>
internal sealed class SyntheticText(Random random)
{
    private static readonly string[] Commodities =
    [
        "soybeans", "rare earths", "semiconductors", "advanced chips", "chipmaking equipment", "steel", "aluminium",
        "electric vehicles", "EV batteries", "lithium", "graphite", "gallium", "germanium", "antimony", "solar panels",
        "polysilicon", "pork", "beef", "corn", "wheat", "sorghum", "cotton", "LNG", "crude oil", "coal", "copper",
        "lumber", "wine", "whisky", "shrimp", "textiles", "footwear", "furniture", "pharmaceuticals", "medical devices",
        "drones", "smartphones", "laptops", "machine tools", "ship-to-shore cranes", "fentanyl precursors", "fertiliser",
    ];

    private static readonly string[] Ports =
    [
        "Long Beach", "Los Angeles", "Savannah", "Houston", "Seattle-Tacoma", "Shanghai", "Ningbo-Zhoushan", "Shenzhen",
        "Qingdao", "Tianjin", "Guangzhou", "Xiamen", "Rotterdam", "Antwerp-Bruges", "Hamburg", "Felixstowe", "Singapore",
        "Busan", "Yokohama", "Kaohsiung", "Port Klang", "Jebel Ali", "Santos", "Vancouver", "Manzanillo",
    ];

    private static readonly string[] Places =
    [
        "Geneva", "London", "Stockholm", "Madrid", "Kuala Lumpur", "Washington, DC", "Beijing", "Brussels", "Tokyo",
        "Seoul", "Singapore", "Paris", "Osaka", "Lima", "Bali", "Davos", "Ottawa", "Mexico City", "New Delhi", "Canberra",
        "Rome", "Berlin", "Hanoi", "Jakarta", "Buenos Aires", "Johannesburg", "Riyadh", "Doha", "Abu Dhabi", "Busan",
    ];

    private static readonly (string Name, string Role, string Side)[] Officials =
    [
        ("Alicia Grant", "Trade Representative", "USA"), ("Marcus Hale", "Treasury Secretary", "USA"),
        ("Daniel Ortiz", "Commerce Secretary", "USA"), ("Rebecca Shaw", "Agriculture Secretary", "USA"),
        ("Liu Jianhua", "Vice Premier", "CHN"), ("Wang Meilin", "Commerce Minister", "CHN"),
        ("Zhao Guoqiang", "Trade Negotiator", "CHN"), ("Chen Yuting", "Customs Commissioner", "CHN"),
        ("Ingrid Vos", "Trade Commissioner", "EUN"), ("Hiroshi Tanabe", "Economy Minister", "JPN"),
        ("Park Min-jun", "Trade Minister", "KOR"), ("Priya Raman", "Commerce Minister", "IND"),
        ("Claire Dubois", "Finance Minister", "FRA"), ("Oliver Bennett", "Business Secretary", "GBR"),
        ("Sofia Marquez", "Economy Secretary", "MEX"), ("Ethan Clarke", "Trade Minister", "CAN"),
        ("Ana Ribeiro", "Foreign Trade Secretary", "BRA"), ("Nguyen Van Long", "Industry Minister", "VNM"),
        ("Sarah O'Neill", "Trade Minister", "AUS"), ("Klaus Richter", "Economy Minister", "DEU"),
    ];

    private static readonly string[] Agencies =
    [
        "USTR", "the Commerce Department", "the Treasury", "US Customs and Border Protection", "the White House",
        "China's Ministry of Commerce", "the State Council Tariff Commission", "China's General Administration of Customs",
        "the European Commission", "Japan's METI", "the WTO", "the G20 trade ministerial", "the Federal Register",
    ];

    private static readonly string[] Publishers =
    [
        "Reuters", "Associated Press", "Financial Times", "Bloomberg", "Nikkei Asia", "South China Morning Post",
        "Caixin", "Politico", "The Wall Street Journal", "FreightWaves", "Journal of Commerce", "Federal Register",
        "Xinhua", "Global Times", "Euractiv", "Trade Compliance Weekly",
    ];

    private static readonly string[] LegalBases =
    [
        "Section 301 of the Trade Act of 1974", "Section 232 of the Trade Expansion Act of 1962", "IEEPA",
        "Article XIX GATT safeguard", "anti-dumping order", "countervailing duty order", "Customs Tariff Law, Article 16",
        "Export Control Law", "Regulation (EU) 654/2014", "retaliation under Article 22 DSU", "Foreign Trade Act",
    ];

    private static readonly string[] Verbs =
    [
        "raises", "cuts", "suspends", "extends", "announces", "threatens", "imposes", "lifts", "doubles", "delays",
        "reinstates", "exempts",
    ];

    private static readonly string[] Moods =
    [
        "after late-night talks", "amid a slump in exports", "as port congestion worsens", "despite objections from farmers",
        "citing national security", "under pressure from importers", "ahead of the harvest", "as freight rates spike",
        "following a leaders' call", "to protect domestic producers", "after a WTO ruling", "as stockpiles run low",
    ];

    private static readonly string[] HsChapters =
    [
        "1201", "0203", "1005", "2601", "2711", "2805", "2846", "3004", "3808", "4407", "5201", "6403", "7208", "7601",
        "8471", "8486", "8507", "8517", "8541", "8542", "8703", "8806", "9018", "9403",
    ];

    private static readonly string[] ParticipantJson =
        Officials.Select(o => JsonSerializer.Serialize(new Participant(o.Name, o.Role, o.Side))).ToArray();

    private readonly StringBuilder builder = new();

    public string Commodity() => Pick(Commodities);

    public string Place() => Pick(Places);

    public string Publisher() => Pick(Publishers);

    public string LegalBasis() => Pick(LegalBases);

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Two to four HS prefixes (four or six digits), as JSON.</summary>
    public string HsPrefixesJson()
    {
        var prefixes = Enumerable.Range(0, random.Next(2, 5))
            .Select(_ => Pick(HsChapters) + (random.Next(2) == 0 ? "" : random.Next(10, 100).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Distinct();
        return JsonSerializer.Serialize(prefixes);
    }

    public string EventTitle(EventKind kind, string economy, string partner) => kind switch
    {
        EventKind.NegotiationRound => $"{economy} and {partner} hold trade talks in {Place()} on {Commodity()} and {Commodity()}",
        EventKind.LeadersCall => $"Leaders of {economy} and {partner} discuss tariffs on {Commodity()} by phone",
        EventKind.Announcement => $"{economy} {Pick(Verbs)} tariffs on {Commodity()} from {partner}",
        EventKind.Agreement => $"{economy} and {partner} agree to ease duties on {Commodity()} {Pick(Moods)}",
        EventKind.Retaliation => $"{economy} retaliates with duties on {partner}'s {Commodity()} and {Commodity()}",
        EventKind.ExportControl => $"{economy} tightens export controls on {Commodity()} to {partner}",
        EventKind.DataRelease => $"{economy}'s imports of {Commodity()} from {partner} {(random.Next(2) == 0 ? "fall" : "jump")} {random.Next(2, 60)}% as cargo shifts from {Pick(Ports)}",
        _ => $"{Capitalized(Pick(Agencies))} warns {partner} over {Commodity()} {Pick(Moods)}",
    };

    public string EventSummary(string economy, string partner)
    {
        builder.Clear();
        builder.Append(Capitalized(Pick(Agencies))).Append(' ').Append(Pick(Verbs)).Append(" duties of ")
            .Append(random.Next(5, 126)).Append("% on ").Append(Commodity()).Append(" from ").Append(partner).Append(' ')
            .Append(Pick(Moods)).Append(". ");
        builder.Append("Shippers at ").Append(Pick(Ports)).Append(" and ").Append(Pick(Ports)).Append(" report ")
            .Append(random.Next(2) == 0 ? "delays" : "front-loading").Append(" of ").Append(Commodity()).Append(", while ")
            .Append(economy).Append(" weighs curbs on ").Append(Commodity()).Append('.');
        if (random.Next(3) == 0)
        {
            builder.Append(" Officials expect another round in ").Append(Place()).Append(" before the ")
                .Append(Commodity()).Append(" deadline.");
        }

        return builder.ToString();
    }

    /// <summary>Zero to three officials as the JSON the app stores in <c>Events.Participants</c>.</summary>
    public string ParticipantsJson()
    {
        var count = random.Next(4);
        if (count == 0)
        {
            return "[]";
        }

        builder.Clear();
        builder.Append('[');
        foreach (var index in Enumerable.Range(0, count).Select(_ => random.Next(ParticipantJson.Length)).Distinct())
        {
            builder.Append(builder.Length > 1 ? "," : "").Append(ParticipantJson[index]);
        }

        return builder.Append(']').ToString();
    }

    public string DeadlineTitle(string economy, string partner) => random.Next(4) switch
    {
        0 => $"Tariff truce between {economy} and {partner} on {Commodity()} expires",
        1 => $"{economy} duties on {partner}'s {Commodity()} take effect",
        2 => $"Deadline for {partner} to answer {economy}'s {Commodity()} demands",
        _ => $"Exclusions for {Commodity()} from {partner} lapse",
    };

    public string MeasureName(string coverageWords, string imposer, string target) =>
        $"{Capitalized(Pick(LegalBases))} duty on {coverageWords} ({imposer} on {target})";

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
