import { FAMILY_IDS, FEELING_FAMILIES } from '@/lib/feelings/vocabulary';
import { keyFor, t } from '@/lib/i18n';
import { Disclosure } from '../Disclosure';
import { feelingLabel } from '../feelingLabel';

/** For when the word won't come: every feeling, by family. */
export function BrowseFamilies({ onPick }: { onPick: (word: string) => void }) {
  return (
    <Disclosure className="browse" summary={t('popup_browse')}>
      {() =>
        FAMILY_IDS.map((family) => (
          <fieldset key={family} className="family">
            <legend>{t(keyFor('family', family))}</legend>
            <div className="row">
              {FEELING_FAMILIES[family].map((w) => (
                <button key={w} type="button" className="word" onClick={() => onPick(w)}>
                  {feelingLabel(w)}
                </button>
              ))}
            </div>
          </fieldset>
        ))
      }
    </Disclosure>
  );
}
