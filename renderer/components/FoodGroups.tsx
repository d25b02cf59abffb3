import { FOOD_TAGS, type FoodTag } from '../../electron/api/page';
import { FOOD_TAG_LABELS } from '../labels';
import { ToggleGroup } from './ToggleGroup';

const OPTIONS = FOOD_TAGS.map((tag) => ({ value: tag, label: FOOD_TAG_LABELS[tag] }));

/** The article's food groups, as toggles: on Today and when editing a food entry. */
export function FoodGroups({ chosen, onToggle }: { chosen: readonly FoodTag[]; onToggle(tag: FoodTag): void }) {
  return <ToggleGroup label="Food groups" options={OPTIONS} chosen={chosen} onToggle={onToggle} />;
}
