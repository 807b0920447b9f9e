using SalesCoachBot.Protocol.Cards;
using SalesCoachBot.TestSupport.Cards;

namespace SalesCoachBot.Protocol.Tests.Cards;

public sealed class CardFitterTests
{
    private const string More = "… and {0} more";

    [Fact]
    public void Fit_CardUnderTheBudget_SentAsItIs()
    {
        var card = new AdaptiveCard { Body = [CardLists.Rows(Rows(5, 20), More)] };

        Assert.Same(card, CardFitter.Fit(card));
    }

    [Fact]
    public void Fit_ListOverTheBudget_FewerRowsAndTheLineSaysHowManyAreNotShown()
    {
        var card = new AdaptiveCard { Body = [new TextBlock("标题"), CardLists.Rows(Rows(100, 300), More)] };
        Assert.True(CardFitter.Size(card) > CardFitter.CardBudgetBytes);

        var fitted = CardFitter.Fit(card);

        Assert.InRange(CardFitter.Size(fitted), 1, CardFitter.CardBudgetBytes);
        var list = Assert.IsType<Container>(fitted.Body[1]);
        var shown = list.Items.Count - 1;
        Assert.InRange(shown, 1, 99);
        Assert.Equal(Line(100 - shown), Assert.IsType<TextBlock>(list.Items[^1]).Text);
        Assert.Equal("行0", Assert.IsType<TextBlock>(list.Items[0]).Text[..2]);
        // As many as fit: one more row would not.
        Assert.True(CardFitter.Size(card with { Body = [card.Body[0], CardLists.Rows(Rows(100, 300).Take(shown + 1), More, 100 - shown - 1)] }) > CardFitter.CardBudgetBytes);
        Assert.Empty(AdaptiveCardSchema.Problems(CardSerializer.ToJsonElement(card)));
    }

    [Fact]
    public void Fit_ListTheBuilderAlreadyCut_CountsBothInOneLine()
    {
        var card = new AdaptiveCard { Body = [CardLists.Rows(Rows(100, 300), More, hidden: 20)] };

        var list = Assert.IsType<Container>(CardFitter.Fit(card).Body[0]);

        var shown = list.Items.Count - 1;
        Assert.Equal(Line(120 - shown), Assert.IsType<TextBlock>(list.Items[^1]).Text);
        Assert.Single(list.Items, i => i is TextBlock t && t.Text.StartsWith('…'));
    }

    [Fact]
    public void Fit_TableOverTheBudget_HeaderStaysRowsCut()
    {
        var rows = Enumerable.Range(0, 100).Select(i => new TableRow([new TableCell([new TextBlock($"{i}{new string('名', 300)}")])]));
        var table = CardLists.Marked(new Table([new TableColumnDefinition(1)], [new TableRow([new TableCell([new TextBlock("表头")])]), .. rows]) { FirstRowAsHeader = true }, More);

        var fitted = CardFitter.Fit(new AdaptiveCard { Body = [table] });

        var cut = Assert.IsType<Table>(fitted.Body[0]);
        Assert.InRange(CardFitter.Size(fitted), 1, CardFitter.CardBudgetBytes);
        Assert.Equal("表头", Assert.IsType<TextBlock>(cut.Rows[0].Cells[0].Items[0]).Text);
        Assert.Equal(Line(100 - (cut.Rows.Count - 2)), Assert.IsType<TextBlock>(cut.Rows[^1].Cells[0].Items[0]).Text);
    }

    [Fact]
    public void Fit_TooManyButtons_ButtonsCutAndSaidBelowTheBody()
    {
        var card = CardLists.WithListedActions(new AdaptiveCard
        {
            Body = [new TextBlock("选哪个？")],
            Actions = [.. Enumerable.Range(0, 200).Select(i => new SubmitAction($"{i} {new string('项', 200)}"))],
        }, More);

        var fitted = CardFitter.Fit(card);

        Assert.InRange(CardFitter.Size(fitted), 1, CardFitter.CardBudgetBytes);
        Assert.Equal(Line(200 - fitted.Actions!.Count), Assert.IsType<TextBlock>(fitted.Body[^1]).Text);
    }

    [Fact]
    public void Fit_NoListAndTooLong_TextsClippedUnderTheBudget()
    {
        var card = new AdaptiveCard { Body = [new TextBlock(new string('长', 100_000)), new FactSet([new Fact("名", new string('\\', 50_000))])] };

        var fitted = CardFitter.Fit(card);

        Assert.InRange(CardFitter.Size(fitted), 1, CardFitter.CardBudgetBytes);
        Assert.EndsWith("…", Assert.IsType<TextBlock>(fitted.Body[0]).Text, StringComparison.Ordinal);
        // An escape is never cut in half.
        var value = Assert.IsType<FactSet>(fitted.Body[1]).Facts[0].Value;
        Assert.Equal(0, (value.Length - 1) % 2);
    }

    [Fact]
    public void ToAttachment_LargeList_TheAttachmentIsTheFittedCard()
    {
        var card = new AdaptiveCard { Body = [CardLists.Rows(Rows(100, 300), More)] };

        var attachment = CardSerializer.ToAttachment(card);

        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(attachment.Content!.Value.GetRawText()), 1, CardFitter.CardBudgetBytes);
        Assert.Contains("more", attachment.Content!.Value.GetRawText(), StringComparison.Ordinal);
    }

    private static string Line(int count) => new CardListOverflow(More).Line(count);

    private static IEnumerable<CardElement> Rows(int count, int length) =>
        Enumerable.Range(0, count).Select(i => new TextBlock($"行{i} {new string('字', length)}"));
}
