using System.Globalization;
using System.Resources;

namespace SalesCoachBot.Dialogs.Resources;

/// <summary>The engine's own user-facing texts in one culture, read from DialogTexts.resx.</summary>
internal sealed class DialogTexts(CultureInfo culture)
{
    private static readonly ResourceManager Resources = new(typeof(DialogTexts));

    public CultureInfo Culture { get; } = culture;

    public string Cancelled => Get(nameof(Cancelled));

    public string GenericHelp => Get(nameof(GenericHelp));

    public string HereIsWhereWeWere => Get(nameof(HereIsWhereWeWere));

    public string NothingToGoBack => Get(nameof(NothingToGoBack));

    public string Restarting => Get(nameof(Restarting));

    public string TooManyAttempts => Get(nameof(TooManyAttempts));

    public string RetryText => Get(nameof(RetryText));

    public string RetryNumber => Get(nameof(RetryNumber));

    public string RetryChoice => Get(nameof(RetryChoice));

    public string RetryConfirm => Get(nameof(RetryConfirm));

    public string RetryDate => Get(nameof(RetryDate));

    public string RetryCardForm => Get(nameof(RetryCardForm));

    public string StaleCard => Get(nameof(StaleCard));

    public string StaleCardCurrentStep => Get(nameof(StaleCardCurrentStep));

    public string StateReset => Get(nameof(StateReset));

    public string Busy => Get(nameof(Busy));

    public string SaveFailed => Get(nameof(SaveFailed));

    public string NotDelivered => Get(nameof(NotDelivered));

    public string Yes => Get(nameof(Yes));

    public string No => Get(nameof(No));

    public string Submit => Get(nameof(Submit));

    public string FormReceived => Get(nameof(FormReceived));

    public string ChoicePlaceholder => Get(nameof(ChoicePlaceholder));

    public string ChoicesMore => Get(nameof(ChoicesMore));

    // A missing key is a build defect; the key itself is shown rather than an empty bubble.
    private string Get(string key) => Resources.GetString(key, Culture) ?? key;
}
