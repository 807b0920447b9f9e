namespace SalesCoachBot.Dialogs;

/// <summary>
/// The registry of dialogs by id, for one turn. Every dialog a stack may hold must be registered
/// (<see cref="DialogsServiceCollectionExtensions.AddDialog{TDialog}"/>); a dialog is only built when
/// the turn first asks for it, so a turn that shows the menu does not build every flow's steps.
/// </summary>
public sealed class DialogSet
{
    private readonly DialogCatalog _catalog;
    private readonly IServiceProvider _services;
    private readonly Dictionary<string, Dialog> _built = new(StringComparer.Ordinal);

    internal DialogSet(DialogCatalog catalog, IServiceProvider services)
    {
        _catalog = catalog;
        _services = services;
    }

    /// <summary>The dialog with this id (built for this turn on first use), or null.</summary>
    public Dialog? Find(string dialogId)
    {
        ArgumentNullException.ThrowIfNull(dialogId);
        if (_built.TryGetValue(dialogId, out var dialog))
        {
            return dialog;
        }

        if (_catalog.Registration(_services, dialogId) is not { } registration)
        {
            return null;
        }

        dialog = registration.Create(_services);
        if (!string.Equals(dialog.Id, dialogId, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The dialog registered as '{dialogId}' was built with the id '{dialog.Id}'.");
        }

        _built.Add(dialogId, dialog);
        return dialog;
    }

    /// <summary>The ids of the registered dialogs.</summary>
    public IEnumerable<string> Ids => _catalog.Ids(_services);
}
