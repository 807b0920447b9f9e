using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.People;
using SkiaSharp;

namespace SalesCoachBot.PowerMap;

/// <summary>
/// The geometry of a power map, apart from drawing so tests can find a person's card. Bands run top
/// to bottom from the approver down, as the course draws the decision chain; a band wraps its cards
/// onto more rows so a crowded chain stays readable instead of shrinking.
/// </summary>
internal sealed record PowerMapLayout(int Width, int Height, SKRect TitleBounds, IReadOnlyList<PowerMapBand> Bands, SKRect LegendBounds)
{
    public const int ImageWidth = 1200;
    public const float Margin = 24;
    public const float TitleHeight = 60;
    public const float LabelWidth = 150;
    public const float BandGap = 8;
    public const float BandPadding = 12;
    public const float EmptyBandHeight = 56;
    public const int CardsPerRow = 4;
    public const float CardHeight = 104;
    public const float CardGap = 12;
    public const float LegendRowHeight = 32;
    public const int LegendRows = 2;

    /// <summary>Highest first: a person holding several roles is drawn in the highest one.</summary>
    public static readonly IReadOnlyList<DecisionChainRole> RoleOrder =
    [
        DecisionChainRole.Approver,
        DecisionChainRole.DecisionMaker,
        DecisionChainRole.Evaluator,
        DecisionChainRole.Influencer,
        DecisionChainRole.ProcurementExecutor,
    ];

    public static float CardsLeft => Margin + LabelWidth + CardGap;

    public static float CardWidth => (ImageWidth - Margin - CardsLeft - ((CardsPerRow - 1) * CardGap)) / CardsPerRow;

    public IEnumerable<PowerMapCard> Cards => Bands.SelectMany(band => band.Cards);

    public PowerMapCard? CardOf(Guid personId) => Cards.FirstOrDefault(card => card.Person.Id == personId);

    public static PowerMapLayout Compute(Deal deal)
    {
        ArgumentNullException.ThrowIfNull(deal);

        var top = Margin;
        var title = new SKRect(Margin, top, ImageWidth - Margin, top + TitleHeight);
        top = title.Bottom + BandGap;

        var bands = new List<PowerMapBand>();
        foreach (var role in RoleOrder)
        {
            var people = deal.Stakeholders.Where(person => HighestRole(person) == role).ToList();
            var band = PlaceBand(role, people, deal.KeyPersonId, top);
            bands.Add(band);
            top = band.Bounds.Bottom + BandGap;
        }

        var notPlaced = deal.Stakeholders.Where(person => HighestRole(person) is null).ToList();
        if (notPlaced.Count > 0)
        {
            var band = PlaceBand(null, notPlaced, deal.KeyPersonId, top);
            bands.Add(band);
            top = band.Bounds.Bottom + BandGap;
        }

        var legend = new SKRect(Margin, top + 4, ImageWidth - Margin, top + 4 + (LegendRows * LegendRowHeight));
        var height = (int)MathF.Ceiling(legend.Bottom + Margin);
        return new PowerMapLayout(ImageWidth, height, title, bands, legend);
    }

    public static DecisionChainRole? HighestRole(Stakeholder person)
    {
        ArgumentNullException.ThrowIfNull(person);
        foreach (var role in RoleOrder)
        {
            if (person.Holds(role))
            {
                return role;
            }
        }

        return null;
    }

    private static PowerMapBand PlaceBand(DecisionChainRole? role, List<Stakeholder> people, Guid? keyPersonId, float top)
    {
        if (people.Count == 0)
        {
            return new PowerMapBand(role, new SKRect(Margin, top, ImageWidth - Margin, top + EmptyBandHeight), []);
        }

        var cards = new List<PowerMapCard>(people.Count);
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            var row = i / CardsPerRow;
            var column = i % CardsPerRow;
            var left = CardsLeft + (column * (CardWidth + CardGap));
            var cardTop = top + BandPadding + (row * (CardHeight + CardGap));
            var others = RoleOrder.Where(r => r != role && person.Holds(r)).ToList();
            cards.Add(new PowerMapCard(person, others, person.Id == keyPersonId, new SKRect(left, cardTop, left + CardWidth, cardTop + CardHeight)));
        }

        var rows = ((people.Count - 1) / CardsPerRow) + 1;
        var height = (2 * BandPadding) + (rows * CardHeight) + ((rows - 1) * CardGap);
        return new PowerMapBand(role, new SKRect(Margin, top, ImageWidth - Margin, top + height), cards);
    }
}
