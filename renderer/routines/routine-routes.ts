import { href } from '../hash-route';

// Where each routine screen lives: `#/routines/<id>` plays it, `#/routines/<id>/edit` edits one of
// the person's, `#/routines/new` starts a new one (no routine has the id "new").

export const NEW_ROUTINE = 'new';
export const EDIT = 'edit';

export const playHref = (id: string) => href('routines', id);
export const editHref = (id: string) => href('routines', id, EDIT);
export const newRoutineHref = () => href('routines', NEW_ROUTINE);
