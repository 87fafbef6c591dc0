namespace TradeTracker.Web.Data.ReadModels;

/// <summary>The version each read model of the store was last rebuilt at (<see cref="IReadModel.Version"/>).</summary>
public sealed class ReadModelState
{
    public string Name { get; set; } = "";

    public int Version { get; set; }

    public DateTimeOffset BuiltAt { get; set; }
}
