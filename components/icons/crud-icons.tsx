import { Icon, type IconProps } from "./icon";

export const ReplyIcon = (props: IconProps) => <Icon name="reply" {...props} />;
export const RepostIcon = (props: IconProps) => <Icon name="repost" {...props} />;
export const LikeIcon = (props: IconProps) => <Icon name="like" {...props} />;
export const ShareIcon = (props: IconProps) => <Icon name="share" {...props} />;
export const BombIcon = (props: IconProps) => <Icon name="bomb" {...props} />;
