using System.Globalization;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.Deals;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.TestSupport.Builders;
using SkiaSharp;

namespace SalesCoachBot.PowerMap.Tests;

public sealed class PowerMapRendererTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private readonly PowerMapRenderer _renderer = new(PowerMapTestFonts.Real);

    [Fact]
    public void Render_HealthyDeal_IsPngOfTheLayoutsSize()
    {
        var deal = DealBuilder.Healthy().Build();

        var png = _renderer.Render(deal, Chinese);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        using var picture = new DecodedPicture(png);
        var layout = PowerMapLayout.Compute(deal);
        Assert.Equal(PowerMapLayout.ImageWidth, picture.Width);
        Assert.Equal(layout.Height, picture.Height);
    }

    [Fact]
    public void Render_KeyPersonChosen_DrawsGoldOnTheKeyPersonsCardOnly()
    {
        var deal = DealBuilder.Healthy().Build();
        var layout = PowerMapLayout.Compute(deal);

        using var picture = new DecodedPicture(_renderer.Render(deal, Chinese));

        foreach (var card in layout.Cards)
        {
            var gold = picture.Count(card.Bounds, DecodedPicture.IsGold);
            if (card.IsKeyPerson)
            {
                Assert.True(gold > 50, $"KP card of {card.Person.Name} has {gold} gold pixels.");
            }
            else
            {
                Assert.True(gold == 0, $"{card.Person.Name} is not the KP but has {gold} gold pixels.");
            }
        }
    }

    [Fact]
    public void Render_NoKeyPersonChosen_NoCardHasGold()
    {
        var deal = DealBuilder.Healthy().With(d => d with { KeyPersonId = null }).Build();
        var layout = PowerMapLayout.Compute(deal);

        using var picture = new DecodedPicture(_renderer.Render(deal, Chinese));

        Assert.All(layout.Cards, card => Assert.Equal(0, picture.Count(card.Bounds, DecodedPicture.IsGold)));
    }

    [Fact]
    public void Render_KeyPersonNotVerified_BadgeIsHollowSoFarLessGoldThanWhenVerified()
    {
        var verified = DealBuilder.Healthy().Build();
        var unverified = DealBuilder.Healthy().With(d => d with { KeyPersonAnswers = [] }).Build();

        var solid = GoldOnKeyPersonCard(verified);
        var hollow = GoldOnKeyPersonCard(unverified);

        Assert.True(hollow > 0, "An unverified KP is still marked.");
        Assert.True(solid > 2 * hollow, $"Solid badge {solid} gold pixels, hollow {hollow}.");
    }

    [Fact]
    public void Render_Coach_DrawsTheBlueCoachBadgeOnTheCoachsCardOnly()
    {
        var deal = DealBuilder.Healthy().Build();
        var layout = PowerMapLayout.Compute(deal);

        using var picture = new DecodedPicture(_renderer.Render(deal, English));

        foreach (var card in layout.Cards)
        {
            var blue = picture.Count(card.Bounds, DecodedPicture.IsBlue);
            Assert.True(card.Person.IsCoach ? blue > 50 : blue == 0, $"{card.Person.Name}: {blue} blue pixels, coach {card.Person.IsCoach}.");
        }
    }

    [Theory]
    [InlineData(SupportLevel.Opposes)]
    [InlineData(SupportLevel.Neutral)]
    [InlineData(SupportLevel.Supports)]
    [InlineData(SupportLevel.Champions)]
    [InlineData(null)]
    public void Render_SupportLevel_ColoursTheCardForThatLevel(SupportLevel? level)
    {
        var deal = DealBuilder.Healthy()
            .Person("Chen", person => person with
            {
                SupportHistory = level is { } known ? [new SupportAssessment { AssessedOn = DealBuilder.Today, Level = known }] : [],
            })
            .Build();
        var card = PowerMapLayout.Compute(deal).CardOf(deal.Stakeholders.Single(s => s.Name == "Chen").Id)!;

        using var picture = new DecodedPicture(_renderer.Render(deal, Chinese));

        var fill = picture.MostCommon(card.Bounds);
        var centre = picture[(int)card.Bounds.MidX, (int)card.Bounds.MidY];
        Assert.Equal(fill, centre);
        Assert.True(Reads(fill) == level, $"Card of {level?.ToString() ?? "unknown"} support is filled {fill}.");
    }

    [Fact]
    public void Render_UnknownSupport_HasADashedBorderWhereKnownSupportHasASolidOne()
    {
        var deal = DealBuilder.Healthy()
            .Person("Chen", person => person with { SupportHistory = [] })
            .Build();
        var layout = PowerMapLayout.Compute(deal);

        using var picture = new DecodedPicture(_renderer.Render(deal, Chinese));

        Assert.True(BorderGaps(picture, layout.CardOf(Id(deal, "Chen"))!) > 10, "Unknown support: the border is dashed.");
        Assert.Equal(0, BorderGaps(picture, layout.CardOf(Id(deal, "Sun"))!));
    }

    [Fact]
    public void Render_ChineseNameWithRealFont_DrawsGlyphsWhereTheNameGoes()
    {
        var named = DealBuilder.Healthy().Person("Sun", person => person with { Name = "孙建国", Title = "信息中心主任" }).Build();
        var unnamed = DealBuilder.Healthy().Person("Sun", person => person with { Name = string.Empty, Title = "信息中心主任" }).Build();
        var card = PowerMapLayout.Compute(named).CardOf(Id(named, "孙建国"))!;
        var nameArea = new SKRect(card.Bounds.Left + 10, card.Bounds.Top + 8, card.Bounds.Left + 120, card.Bounds.Top + 36);

        var withName = TextPixels(_renderer.Render(named, Chinese), nameArea, card);
        var withoutName = TextPixels(_renderer.Render(unnamed, Chinese), nameArea, card);

        Assert.Equal(0, withoutName);
        Assert.True(withName > 150, $"Only {withName} text pixels where 孙建国 should be.");
    }

    [Fact]
    public void Render_NoFontOnHost_StillDrawsTheCardsColoursAndMarksButNoText()
    {
        var deal = DealBuilder.Healthy().Person("Sun", person => person with { Name = "孙建国" }).Build();
        var layout = PowerMapLayout.Compute(deal);
        using var noFont = PowerMapTestFonts.None();
        var renderer = new PowerMapRenderer(noFont);

        using var picture = new DecodedPicture(renderer.Render(deal, Chinese));

        var sun = layout.CardOf(Id(deal, "孙建国"))!;
        Assert.Equal(SupportLevel.Supports, Reads(picture.MostCommon(sun.Bounds)));
        Assert.Equal(0, TextPixels(picture, new SKRect(sun.Bounds.Left + 10, sun.Bounds.Top + 8, sun.Bounds.Left + 120, sun.Bounds.Top + 36), sun));
        Assert.True(picture.Count(layout.Cards.Single(c => c.IsKeyPerson).Bounds, DecodedPicture.IsGold) > 50);
    }

    [Fact]
    public void Render_BothCultures_DrawTheLabelsDifferently()
    {
        var deal = DealBuilder.Healthy().Build();
        var layout = PowerMapLayout.Compute(deal);
        var labelArea = layout.Bands[0].Bounds with { Right = layout.Bands[0].Bounds.Left + PowerMapLayout.LabelWidth };

        using var chinese = new DecodedPicture(_renderer.Render(deal, Chinese));
        using var english = new DecodedPicture(_renderer.Render(deal, English));

        var differing = 0;
        for (var y = (int)labelArea.Top; y < (int)labelArea.Bottom; y++)
        {
            for (var x = (int)labelArea.Left; x < (int)labelArea.Right; x++)
            {
                differing += chinese[x, y] == english[x, y] ? 0 : 1;
            }
        }

        Assert.True(differing > 100, $"决策审批者 and Approver differ in only {differing} pixels.");
    }

    private int GoldOnKeyPersonCard(Deal deal)
    {
        var card = PowerMapLayout.Compute(deal).Cards.Single(c => c.IsKeyPerson);
        using var picture = new DecodedPicture(_renderer.Render(deal, Chinese));
        return picture.Count(card.Bounds, DecodedPicture.IsGold);
    }

    private static int TextPixels(byte[] png, SKRect area, PowerMapCard card)
    {
        using var picture = new DecodedPicture(png);
        return TextPixels(picture, area, card);
    }

    // Ink on a card: anything clearly off the card's fill.
    private static int TextPixels(DecodedPicture picture, SKRect area, PowerMapCard card)
    {
        var fill = picture.MostCommon(card.Bounds);
        return picture.Count(area, colour => !DecodedPicture.IsNear(colour, fill, 24));
    }

    // Pixels along the straight part of the top border that show the band through it.
    private static int BorderGaps(DecodedPicture picture, PowerMapCard card)
    {
        var y = (int)card.Bounds.Top + 1;
        var gaps = 0;
        for (var x = (int)card.Bounds.Left + 16; x < (int)card.Bounds.Right - 16; x++)
        {
            var colour = picture[x, y];
            gaps += colour.Red > 200 && colour.Green > 200 && colour.Blue > 200 ? 1 : 0;
        }

        return gaps;
    }

    /// <summary>Which support a reader would take the colour for.</summary>
    private static SupportLevel? Reads(SKColor c)
    {
        var spread = Math.Max(c.Red, Math.Max(c.Green, c.Blue)) - Math.Min(c.Red, Math.Min(c.Green, c.Blue));
        return c switch
        {
            _ when c.Red > c.Green + 50 && c.Red > c.Blue + 50 => SupportLevel.Opposes,
            _ when c.Green > c.Red + 20 && c.Green < 128 => SupportLevel.Champions,
            _ when c.Green > c.Red + 20 => SupportLevel.Supports,
            _ when spread < 12 && c.Red > 245 => null,
            _ when spread < 12 => SupportLevel.Neutral,
            _ => throw new InvalidOperationException($"{c} reads as no support level."),
        };
    }

    private static Guid Id(Deal deal, string name) => deal.Stakeholders.Single(s => s.Name == name).Id;
}
