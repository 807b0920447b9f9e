namespace SalesCoachBot.Dialogs;

/// <summary>The registry of dialogs by id. Every dialog a stack may hold must be in it.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    /// <summary>Creates the registry; two dialogs with one id are a configuration error.</summary>
    public DialogSet(IEnumerable<Dialog> dialogs)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        foreach (var dialog in dialogs)
        {
            if (!_dialogs.TryAdd(dialog.Id, dialog))
            {
                throw new InvalidOperationException($"Two dialogs are registered with the id '{dialog.Id}'.");
            }
        }
    }

    /// <summary>The dialog with this id, or null.</summary>
    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    /// <summary>The ids of the registered dialogs.</summary>
    public IEnumerable<string> Ids => _dialogs.Keys;
}
