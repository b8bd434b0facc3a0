import { SELLER_HOST_PATTERNS } from '../sites/hosts';
import { reconcileCustomSites, sitesAfterRevocation, type Reconciled, type SiteSyncApi } from '../sites/custom-sites';
import type { SidekickDb } from '../db/schema';
import { getSetting, updateSetting } from '../db/settings-repo';

/**
 * After the data was replaced ("Clear all", a restore): the browser's registered scripts and optional
 * permissions are brought in line with the stored site list, and the list keeps only the sites the
 * browser still lets us run on, so no script keeps running on a site the options page doesn't list.
 */
export async function syncSitesWithList(db: SidekickDb, api: SiteSyncApi): Promise<Reconciled> {
  const result = await reconcileCustomSites(api, await getSetting(db, 'customSites'), [...SELLER_HOST_PATTERNS, ...api.requiredPatterns]);
  if (result.needPermission.length) {
    await updateSetting(db, 'customSites', (current) => current.filter((site) => !result.needPermission.includes(site.origin)));
  }
  return result;
}

/** `permissions.onRemoved`: the sites whose origin the seller took back leave the list, and their scripts go. */
export async function forgetRevokedSites(
  db: SidekickDb,
  api: Pick<SiteSyncApi, 'portsInPatterns' | 'unregisterScripts' | 'registeredScriptIds'>,
  removedPatterns: readonly string[],
): Promise<string[]> {
  let scriptIds: string[] = [];
  await updateSetting(db, 'customSites', (current) => {
    const after = sitesAfterRevocation(current, removedPatterns, api.portsInPatterns);
    scriptIds = after.scriptIds;
    return after.sites;
  });
  const registered = new Set(await api.registeredScriptIds());
  const present = scriptIds.filter((id) => registered.has(id));
  if (present.length) await api.unregisterScripts(present);
  return scriptIds;
}
