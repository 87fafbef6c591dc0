using System.Text.RegularExpressions;

namespace TradeTracker.Web.Domain;

public enum EventKind
{
    NegotiationRound,
    LeadersCall,
    Announcement,
    Agreement,
    Retaliation,
    ExportControl,
    DataRelease,
    Statement,
    CourtRuling,
}

/// <summary>A person at an event, stored with the event. <paramref name="Side"/> is the code of the economy the person
/// speaks for (<c>CHN</c>, <c>USA</c>), or empty when the name and role do not say; it is data (an economy code, as
/// elsewhere in the store), not a kind, so it stays a code rather than an enum.</summary>
public sealed partial record Participant(string Name, string Role, string Side)
{
    /// <summary>"Name (role)", or the name alone: how forms, pages and the CSV format write a participant.</summary>
    public override string ToString() => Role.Length > 0 ? $"{Name} ({Role})" : Name;

    /// <summary>Reads "Name (role); Name (role)" (the reference files' and the event form's format), telling each
    /// person's side from the name and role. The one parser the seeder, the event editor and the import share.</summary>
    public static List<Participant> ParseList(string? text) =>
        (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part =>
            {
                var match = NameAndRole().Match(part);
                var name = match.Success ? match.Groups[1].Value : part;
                var role = match.Success ? match.Groups[2].Value : "";
                return new Participant(name, role, SideOf(name + " " + role));
            })
            .ToList();

    /// <summary>Writes a list as <see cref="ParseList"/> reads it.</summary>
    public static string FormatList(IEnumerable<Participant> participants) => string.Join("; ", participants);

    private static string SideOf(string text)
    {
        if (ChinaWords().IsMatch(text))
        {
            return "CHN";
        }

        return UsWords().IsMatch(text) ? "USA" : "";
    }

    [GeneratedRegex(@"^(.*?)\s*\((.*)\)$")]
    private static partial Regex NameAndRole();

    [GeneratedRegex(@"China|Chinese|PRC|MOFCOM|Beijing|Xi Jinping|He Lifeng|Li Chenggang|Wang|Vice Premier|State Council", RegexOptions.IgnoreCase)]
    private static partial Regex ChinaWords();

    [GeneratedRegex(@"\bUS\b|U\.S\.|USTR|United States|Treasury|Commerce Secretary|Trump|White House|BIS|CBP|Customs and Border", RegexOptions.IgnoreCase)]
    private static partial Regex UsWords();
}

/// <summary>A fact two sources disagree on: both claims, each cited.</summary>
public sealed class Disagreement
{
    public int Id { get; set; }
    public int TradeEventId { get; set; }
    public string Claim { get; set; } = "";
    public int ClaimSourceId { get; set; }
    public Source? ClaimSource { get; set; }
    public string CounterClaim { get; set; } = "";
    public int CounterSourceId { get; set; }
    public Source? CounterSource { get; set; }
}

/// <summary>A negotiation round, call, announcement, agreement, retaliation, export control, data release, statement or court ruling.</summary>
public sealed class TradeEvent : EditableEntity
{
    public string? ReferenceId { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public EventKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string? Location { get; set; }
    public string Summary { get; set; } = "";
    public Confidence Confidence { get; set; }
    public List<Participant> Participants { get; set; } = [];
    public List<Economy> Economies { get; set; } = [];
    public List<TariffMeasure> Measures { get; set; } = [];
    public List<Deadline> Deadlines { get; set; } = [];
    public List<Disagreement> Disagreements { get; set; } = [];
    public List<Source> Sources { get; set; } = [];
}
