/**
 * One option as a large picture tile: a native radio button (visually replaced by the tile, so
 * keyboards and screen readers get a real radio group), the colour filling the picture or the
 * option's photo, its name, colour code and material, "Standard" and a robustness warning; and a
 * heart to mark it as a favourite. The heart belongs to a small form of its own outside the
 * category's form (`FavouriteForm`), so it works without script too.
 */
import { useFetcher } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { fileUrl } from "../files/file-types";
import type { MyHomeActionResult, MyHomeOption } from "./my-home-types";

const favouriteKey = (optionId: string) => `favourite:${optionId}`;
const favouriteFormId = (optionId: string) => `favourite-form-${optionId}`;

/** Whether the option is a favourite, counting a change on its way to the server. */
function useFavourite(option: MyHomeOption): boolean {
  const fetcher = useFetcher<MyHomeActionResult>({ key: favouriteKey(option.id) });
  const pending = fetcher.formData?.get("favourite");
  return typeof pending === "string" ? pending === "true" : option.favourite;
}

export interface OptionTileProps {
  projectId: string;
  option: MyHomeOption;
  checked: boolean;
  /** What the checked tile's badge says: "Valgt", or "Gjelder nå" for a standard nobody chose. */
  checkedLabel: string;
  /** The category is open: the radio can be picked. */
  selectable: boolean;
  /** Favourites can be marked (open, or not open yet). */
  favourable: boolean;
  onPick: (optionId: string) => void;
}

export function OptionTile({ projectId, option, checked, checkedLabel, selectable, favourable, onPick }: OptionTileProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const favourite = useFavourite(option);
  return (
    <li className="tile" data-option={option.id} data-checked={checked ? "" : undefined} data-favourite={favourite ? "" : undefined}>
      <input
        className="tile__input"
        type="radio"
        id={inputId}
        name="optionId"
        value={option.id}
        checked={checked}
        disabled={!selectable}
        onChange={() => onPick(option.id)}
      />
      <label className="tile__label" htmlFor={inputId}>
        <span className="tile__picture" aria-hidden="true">
          <svg className="tile__swatch" viewBox="0 0 10 10" preserveAspectRatio="none" focusable="false">
            <rect width="10" height="10" fill={option.color} />
          </svg>
          {option.photoFileId ? (
            <img className="tile__photo" src={fileUrl(projectId, option.photoFileId, "thumb")} alt="" loading="lazy" decoding="async" />
          ) : null}
        </span>
        <span className="tile__text">
          <span className="tile__name">{option.name}</span>
          {option.colorCode ? <span className="tile__code">{option.colorCode}</span> : null}
          {option.material ? <span className="tile__material">{option.material}</span> : null}
          {option.isStandard || checked ? (
            <span className="tile__badges">
              {checked ? (
                <span className="tile__badge tile__badge--chosen">
                  <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                    <path d="M3 8.5 6.5 12 13 4.5" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
                  </svg>
                  {checkedLabel}
                </span>
              ) : null}
              {option.isStandard ? <span className="tile__badge">{t("myHome.option.standard")}</span> : null}
            </span>
          ) : null}
          {option.robustness === "warning" && option.robustnessNote ? <span className="tile__warning">{t("myHome.option.warning", { note: option.robustnessNote })}</span> : null}
        </span>
      </label>
      {favourable ? (
        <button
          type="submit"
          form={favouriteFormId(option.id)}
          name="favourite"
          value={String(!favourite)}
          className="tile__favourite"
          aria-pressed={favourite}
          aria-label={t("myHome.option.favourite", { name: option.name })}
        >
          <Heart filled={favourite} />
        </button>
      ) : favourite ? (
        <span className="tile__favourite tile__favourite--static" role="img" aria-label={t("myHome.option.favouriteMark")}>
          <Heart filled />
        </span>
      ) : null}
    </li>
  );
}

function Heart({ filled }: { filled: boolean }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M12 20.5s-7.5-4.6-7.5-10.2A4.3 4.3 0 0 1 12 7.6a4.3 4.3 0 0 1 7.5 2.7c0 5.6-7.5 10.2-7.5 10.2Z"
        fill={filled ? "currentColor" : "none"}
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The form a tile's heart submits (rendered outside the category's form: forms cannot nest). */
export function FavouriteForm({ option, homeId }: { option: MyHomeOption; homeId: string }) {
  const fetcher = useFetcher<MyHomeActionResult>({ key: favouriteKey(option.id) });
  return (
    <fetcher.Form method="post" id={favouriteFormId(option.id)} hidden>
      <input type="hidden" name="intent" value="favourite" />
      <input type="hidden" name="optionId" value={option.id} />
      <input type="hidden" name="homeId" value={homeId} />
    </fetcher.Form>
  );
}
