/**
 * What the reader is told when the timeline's data cannot be shown, in Arabic. Kept apart from the
 * loader so the page only downloads these sentences when something went wrong.
 */
import { type DataRefusal, MAX_DATA_PATH_LENGTH } from './data-param.ts';
import type { LoadFailure } from './load-dataset.ts';

/** A failure worded for the page: `lead «value»: reason`, then an optional technical detail. */
export interface LoadFailureText {
  lead: string;
  /** Shown left to right inside the Arabic sentence. */
  value: string;
  reason: string;
  detail?: string;
}

const REFUSAL_TEXT: Record<DataRefusal, string> = {
  empty: 'القيمة فارغة.',
  repeated: 'ورد المعامل data أكثر من مرة، فلا يُعرف أي ملف هو المقصود.',
  'too-long': `القيمة أطول من ${MAX_DATA_PATH_LENGTH} محرفًا.`,
  'absolute-url': 'هذا عنوان كامل (فيه بروتوكول مثل https: أو javascript:)، والمقبول مسار نسبي لملف على الموقع نفسه فقط.',
  'protocol-relative': 'عنوان يبدأ بـ // يشير إلى موقع آخر، والمقبول مسار نسبي لملف على الموقع نفسه فقط.',
  backslash: 'فيه شرطة مائلة عكسية (\\) تقرؤها المتصفحات شرطة عادية، فقد تشير إلى موقع آخر.',
  'root-path': 'مسار يبدأ بـ / من جذر الموقع؛ اكتب المسار نسبةً إلى مجلد هذه الصفحة.',
  'parent-segment': 'فيه .. للخروج من مجلد هذه الصفحة.',
  encoded: 'فيه محرف % (ترميز قد يخفي .. أو /).',
  'query-or-fragment': 'فيه ? أو #، والمقبول مسار ملف فقط.',
  hidden: 'يشير إلى ملف أو مجلد مخفي (يبدأ اسمه بنقطة).',
  characters: 'فيه محارف غير مقبولة أو جزء فارغ بين شرطتين؛ المقبول الحروف والأرقام و. _ - ~ مفصولة بـ /.',
  'not-json': 'لا ينتهي بـ .json.',
};

const REFUSED = 'رُفضت قيمة المعامل data';
const NOTHING_REQUESTED = 'لم يُطلب أي ملف.';
const CANNOT_LOAD = 'تعذّر تحميل ملف البيانات';

/** The Arabic wording of a load failure, naming the value or file at fault. */
export function describeLoadFailure(f: LoadFailure): LoadFailureText {
  switch (f.kind) {
    case 'refused':
      return { lead: REFUSED, value: f.value, reason: REFUSAL_TEXT[f.reason], detail: NOTHING_REQUESTED };
    case 'outside':
      return { lead: REFUSED, value: f.value, reason: 'المسار يخرج من مجلد هذه الصفحة.', detail: NOTHING_REQUESTED };
    case 'network':
      return { lead: CANNOT_LOAD, value: f.value, reason: 'لم يصل الطلب إلى الخادم (انقطاع في الشبكة أو حظر).', detail: f.detail };
    case 'http':
      return { lead: CANNOT_LOAD, value: f.value, reason: f.status === 404 ? 'الملف غير موجود على الخادم.' : 'ردّ الخادم بخطأ.', detail: `HTTP ${f.status}` };
    case 'json':
      return { lead: CANNOT_LOAD, value: f.value, reason: 'محتوى الملف ليس JSON صالحًا.', detail: f.detail };
    case 'shape':
      return { lead: CANNOT_LOAD, value: f.value, reason: 'الملف ليس بيانات خط زمني: حقول ناقصة أو من نوع آخر.', detail: f.detail };
    case 'invalid':
      return { lead: CANNOT_LOAD, value: f.value, reason: 'بيانات الخط الزمني في الملف غير صالحة.', detail: f.detail };
  }
}
